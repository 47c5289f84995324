"""The one entry point: text → sentences → findings → scores → ``DocumentResult``."""

from __future__ import annotations

import gc
import itertools
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from . import calibration, rules, scoring
from .errors import InputError
from .lexicon import Entry, Lexicon, default_lexicon, load_files
from .matcher import Matcher
from .negation import (
    animal_story,
    disaster_topic,
    first_person_author,
    inside_ohne_zu,
    negated_fronted,
    negator_before,
    neutral_sense,
)
from .results import DocumentResult, Finding, SentenceResult, Summary
from .taxonomy import CATEGORIES, CATEGORY_KEYS
from .text import Segmented, Sentence, Token, is_blank, segment
from .version import __version__
from .voice import (
    EVIDENTIAL_HEDGES,
    QUESTIONED_CATEGORIES,
    classify_quotes,
    fiction_review,
    find_quotes,
    for_them,
    foreign_or_embedded,
    given_surnames,
    hides_group,
    in_ranges,
    indirect_speech_end,
    indirect_speech_start,
    interview_turns,
    interviewer_sentences,
    music_review,
    named_hearsay,
    named_next,
    newsroom_we,
    open_questions,
    opinion_clauses,
    practical_must,
    question_answer_turns,
    reported_predicates,
    sourced_clauses,
    sourced_next,
    speech_ranges,
    subjunctive_clause,
    surnames,
    unlabelled_questions,
    unmarked_speech,
)
from .wordmodel import WordModel, load_word_model

DEFAULT_MAX_CHARS = 1_000_000
# a named view does not turn these into someone else's words ("nach Ansicht vieler Experten" is
# itself the vague attribution; "wir" stays the author's appeal; "laut Anklage … angeblich" is the
# author's own distance)
_NOT_OPINION = frozenset({"vague_attribution", "appeal", "doubt"})
DEFAULT_CLASSIFIER = "default"
# Attribution itself is the author's framing, even when the reported content is indirect speech.
_ALWAYS_AUTHOR_IN_INDIRECT = frozenset({"vague_attribution", "speech_verb"})
# Opt-in: strong PolArt polarity words not covered by an entry become mild loaded-language
# findings. Off by default: on CheckThat! they hit 47% of SUBJ but also 29% of OBJ sentences,
# dominated by descriptive words ("positiv", "zusätzlich", "groß"); polarity still feeds the
# score's tone component.
POLAR_FINDING_MIN = 0.7
POLAR_FINDING_WEIGHT = 0.3
_POLAR_CATEGORY = "loaded_language"
_LANG_MIN_WORDS = 8
# A sentence without author-voice findings that the classifier rates at least this judging gets
# an editors' note (``SentenceResult.note``) instead of a silent high score.
NOTE_MIN_SUBJECTIVITY = 0.7
# A plain report: at least REPORT_MIN_WORDS words with fewer than REPORT_MAX_DENSITY author-voice
# findings at weight >= 0.4 per 1,000 words (appeals aside). Two things follow there.
# An appeal ("wir", "uns", "man muss") is the author's only in a text that judges elsewhere too;
# in a plain report a first person or a "man muss" in the author's voice is someone's speech
# whose quote marks were lost, or a generic "one has to" ("Dazu muss man angemeldet sein"): on
# the judged set 14 of 15 such appeal findings were wrong, against 19 of 78 in texts that judge
# more (commentaries, glosses, reviews, essays). And the uncertain findings (weight under
# REPORT_FLOOR, "prüfen") are not shown in a plain report: there they were right about one time
# in three (lexicon and rules 26 of 85, the context model 40 of 158), against about two in
# three in texts that judge elsewhere too.
REPORT_MIN_WORDS = 200
REPORT_MAX_DENSITY = 8.0
REPORT_FLOOR = 0.4


class Analyzer:
    """A configured engine: lexicon, matcher and options. Immutable, shared by all threads."""

    def __init__(self, lexicon: Lexicon | None = None, *,
                 extra_lexicons: Sequence[str | Path] = (), disable: Iterable[str] = (),
                 max_chars: int = DEFAULT_MAX_CHARS, polarity_findings: bool = False,
                 classifier: str | None = DEFAULT_CLASSIFIER, calibrate: bool = True,
                 word_model: bool | WordModel = True,
                 min_weight: float = calibration.SHOWN_FLOOR) -> None:
        lex = lexicon if lexicon is not None else default_lexicon()
        if extra_lexicons:
            lex = lex.merged(load_files(list(extra_lexicons)))
        self.disabled = frozenset(disable)
        self.lexicon = lex.without(self.disabled)
        self.matcher = Matcher(self.lexicon)
        # Switching an entry off silences its words: no shorter entry and no learned-word finding
        # may take its place on the same words ("offensichtlich im Versuch" off must not turn into
        # "offensichtlich" + "Versuch").
        switched_off = lex.only(self.disabled)
        self._silencer = Matcher(switched_off) if len(switched_off) else None
        # Weights from measured precision (lexicons/precision.json); calibrate=False keeps the
        # lexicon's own weights (the prior), e.g. for the precision benchmark itself.
        self.calibration = calibration.load() if calibrate else None
        # author-voice findings reported under this weight are left out (calibration.SHOWN_FLOOR:
        # on unseen copy they were wrong about three times in four); 0 keeps them all
        self.min_weight = min_weight
        self._newsroom_ids = calibration.newsroom_ids(self.lexicon)
        self.max_chars = max_chars
        self.polar_findings = polarity_findings and _POLAR_CATEGORY not in self.disabled
        self.classifier_name = _classifier_name(classifier)
        self.classifier = None
        if self.classifier_name is not None:
            from .classifier import load_classifier

            self.classifier = load_classifier(self.classifier_name)
        # the learned evaluative-word model (analyzer/wordmodel.py); an instance for benchmarks
        self.word_model: WordModel | None = (
            word_model if isinstance(word_model, WordModel)
            else load_word_model() if word_model and "model" not in self.disabled else None)
        # the contextual word model (analyzer/contextmodel.py): on the default classifier's token
        # states, so only with it (ONNX encoder) and with the word model (one of its features)
        self.context_model = None
        if (self.word_model is not None and "context" not in self.disabled
                and getattr(self.classifier, "has_states", False)):
            from .contextmodel import load_context_model

            self.context_model = load_context_model()

    def analyze(self, text: str, *, subjectivity: bool = True) -> DocumentResult:
        """Findings and scores of ``text``.

        ``subjectivity=False`` skips the sentence classifier (``subjectivity`` stays null, scores
        come from lexicon and rules) so findings can be shown at once; ``add_subjectivity``
        then completes the result. The classifier caches sentences, so a re-check after an edit
        embeds only the changed ones.
        """
        _check_input(text, self.max_chars)
        seg = segment(text)
        quotes = classify_quotes(text, find_quotes(text), seg.sentences)
        speech = speech_ranges(quotes, unmarked_speech(text, seg.sentences))
        probabilities: list[float | None] = [None] * len(seg.sentences)
        pieces: list[Any] = [None] * len(seg.sentences)  # the context model's, per sentence
        if subjectivity and self.context_model is not None and seg.sentences:
            pieces = self.classifier.predict_pieces(  # type: ignore[union-attr]
                [text[s.start:s.end] for s in seg.sentences], self.context_model.state_w,
                self.context_model.key)
            probabilities = [x.p for x in pieces]
        elif subjectivity and self.classifier is not None and seg.sentences:
            probabilities = list(self.classifier.predict_proba(
                [text[s.start:s.end] for s in seg.sentences]))
        turns = unlabelled_questions(text, seg.sentences, interview_turns(seg.sentences))
        if not any(turns):
            turns = question_answer_turns(text, seg.sentences)
        people = surnames(seg.sentences, given_names=True)
        context = _Context(hearsay=named_hearsay(text, seg.sentences),
                           disaster=cache(lambda: disaster_topic([s.tokens
                                                                  for s in seg.sentences])),
                           first_person=cache(lambda: first_person_author(
                               [[t for t in s.tokens if not in_ranges(t.start, t.end, speech)]
                                for s in seg.sentences])),
                           sourced_next=sourced_next(seg.sentences),
                           review=cache(lambda: fiction_review(seg.sentences)
                                        or music_review(seg.sentences)),
                           animal=cache(lambda: animal_story([s.tokens for s in seg.sentences])),
                           named_next=named_next(seg.sentences, people),
                           asking=interviewer_sentences(seg.sentences, turns),
                           people=people, full_names=given_surnames(seg.sentences))
        sentences, speeches = [], []
        for sent, p, turn, pc in zip(seg.sentences, probabilities, turns, pieces, strict=True):
            # an interviewee's answer is theirs; the interviewer's question is the outlet's own
            # ("Kritiker werfen Ihnen vor, …" is the outlet's unnamed source)
            sent_speech = speech if turn is None or sent.index in context.asking \
                else [*speech, (sent.start, sent.end)]
            speeches.append(sent_speech)
            sentences.append(self._sentence(text, sent, quotes, sent_speech, p, context,
                                            pieces=pc))
        supported = set(rules.neighbour_supported(sentences))
        for i in sorted(supported):  # a bare quoted term next to evaluation
            sentences[i] = self._sentence(text, seg.sentences[i], quotes, speeches[i],
                                          probabilities[i], context, term_support=True,
                                          pieces=pieces[i])
        # a plain report (measured with calibrated weights): no appeal, and with the display
        # floor on (min_weight > 0) none of the uncertain findings
        if self.calibration is not None and plain_report(sentences):
            floor = max(self.min_weight, REPORT_FLOOR) if self.min_weight > 0 else 0.0
            for i, s in enumerate(sentences):
                if any(f.voice == "author" and (f.category == "appeal" or f.weight < floor)
                       for f in s.findings):
                    sentences[i] = self._sentence(text, seg.sentences[i], quotes, speeches[i],
                                                  probabilities[i], context,
                                                  term_support=i in supported,
                                                  pieces=pieces[i], appeal=False,
                                                  min_weight=floor)
        warnings = _language_warnings(text, seg)
        return DocumentResult(
            version=__version__, language="de", warnings=tuple(warnings),
            summary=_summary(sentences), sentences=tuple(sentences), text=text,
        )

    def warm_up(self) -> None:
        """Load every lazy resource (lexicon index, lemma table, polarity tagger, word model
        tables, classifier) before the first draft, e.g. when a server or a worker starts.

        It ends with ``gc.freeze()``: every object alive at that moment, the caller's included,
        is left out of later cyclic garbage collections (call it once, at start-up)."""
        self.analyze(_WARM_UP_TEXT)
        if self.word_model is not None:
            self.word_model.warm_up()
        # What is loaded now lives as long as the process: the cyclic garbage collector need
        # not scan it again at every full collection (~7 % of a corpus run's CPU time).
        gc.collect()
        gc.freeze()

    def add_subjectivity(self, result: DocumentResult) -> DocumentResult:
        """``result`` (from ``analyze(text, subjectivity=False)``) with the classifier's verdicts.

        Equal to ``analyze(result.text)``: the lexicon pass is repeated (tens of ms for 1,000
        words) rather than patching scores, so both paths can never disagree.
        """
        if self.classifier is None or all(s.subjectivity is not None for s in result.sentences):
            return result
        return self.analyze(result.text)

    def explain(self, sentence: str, top: int = 5) -> list[tuple[str, float]]:
        """Words that push this sentence towards judging (+) or reporting (−), per classifier."""
        if self.classifier is None:
            return []
        return self.classifier.explain(sentence, top)

    def _sentence(self, text: str, sent: Sentence, quotes, speech,  # type: ignore[no-untyped-def]
                  subjectivity: float | None = None,
                  context: _Context | None = None,
                  term_support: bool = False, pieces: Any = None,
                  appeal: bool = True, min_weight: float | None = None) -> SentenceResult:
        tokens = sent.tokens
        context = context or _NO_CONTEXT
        hearsay, disaster = context.hearsay, context.disaster
        # a hedge on what the next sentence cites ("… offenbar ausgeblieben. Nach Angaben …")
        hedge_sourced = sent.index in context.sourced_next
        ki_start = indirect_speech_start(tokens)
        ki_from = tokens[ki_start].start if ki_start is not None else None
        # where the author answers the reported speech ("… sei gut – dabei ist sie …")
        ki_to = indirect_speech_end(tokens, ki_start) if ki_start is not None else None
        # the speech ranges that reach into this sentence: the same voice for every span in it,
        # without testing each token against every quotation of the document
        speech_here = [(s, e) for s, e in speech if s < sent.end and sent.start < e]
        if foreign_or_embedded(tokens):
            # an embedded post or an English sentence: quoted material, not the author's copy
            speech_here.append((sent.start, sent.end))
        # … and the words inside other quote marks (a title, a mentioned word, lyrics: „Beton
        # und Herzschmerz“) are someone else's too; a scare quote's own finding stands for them
        worded_here = [*speech_here, *((q.inner_start, q.inner_end) for q in quotes
                                       if not q.speech and q.words <= _QUOTED_WORDS_MAX
                                       and q.start < sent.end and sent.start < q.end)]
        echo = rules.echo_question(text, sent, quotes)
        if echo:
            worded_here.append((sent.start, sent.end))  # "Ärgerlich?": the speaker's word echoed
        findings: list[Finding] = []
        covered: list[tuple[int, int]] = []
        silenced = ([(tokens[m.start].start, tokens[m.end - 1].end)
                     for m in self._silencer.find(tokens)] if self._silencer else [])
        silenced.extend(_initials_lists(tokens))
        clauses = _Clauses(tokens)
        for m in self.matcher.find(tokens):
            entry = m.entry
            start, end = tokens[m.start].start, tokens[m.end - 1].end
            if any(s < end and start < e for s, e in silenced):
                continue
            if m.end - m.start == 1 and tokens[m.start].text in context.full_names:
                silenced.append((start, end))  # a surname the text gives in full: "Sauerbier"
                continue
            if neutral_sense(entry.id, tokens, m.start, m.end, disaster_document=disaster,
                             first_person_document=context.first_person,
                             review_document=context.review,
                             animal_document=context.animal) \
                    or (entry.id == rules.BARE_DENIAL_ID and rules.narrated_nothing(text, sent)):
                silenced.append((start, end))  # neither a finding nor a learned-word one
                continue
            if entry.category == "vague_attribution" and (
                    in_ranges(start, end, hearsay)
                    or (sent.index in context.named_next
                        and hides_group(tokens[m.start:m.end]))):
                continue  # the source is named right before or after: no hidden source
            voice = _voice(entry.category, start, end, worded_here, ki_from, ki_to)
            if voice == "author" and entry.category == "vague_attribution" \
                    and _in_indirect(start, ki_from, ki_to) \
                    and subjunctive_clause(tokens, m.start, m.end):
                voice = "quote"  # "…, sei nicht sinnvoll: Frühere Untersuchungen hätten …
                # gefunden": the attribution's own verb (or its clause's) is reported, the
                # speaker's source
            if voice == "author" and entry.category == "speech_verb" and m.start > 0 \
                    and tokens[m.start - 1].lower == "zu" and _in_indirect(start, ki_from, ki_to):
                voice = "quote"  # "…, es gehe nicht darum, seine Verdienste zu leugnen": an
                # infinitive inside the reported clause is the speaker's word, no framing verb
            if voice == "author" and _someone_elses(entry.category, tokens[m.start:m.end], start,
                                                    end, clauses, hedge_sourced):
                voice = "quote"
            if entry.category == "speculation" and voice == "author" \
                    and rules.answered_question(text, sent):
                silenced.append((start, end))  # the question asks what the text answers next
                continue
            if entry.category == "appeal" and (voice == "quote" or not appeal
                                               or sent.index in context.asking
                                               or newsroom_we(tokens, m.start, m.end)
                                               or practical_must(tokens, m.start, m.end)):
                continue  # a speaker's "wir" is theirs to say; the newsroom's is not an appeal;
                # an interviewer's "Hand aufs Herz" addresses the guest, not the readers
            neg = negator_before(tokens, m.start, m.end)
            if neg is not None:
                start = tokens[neg].start
            negated = neg is not None or negated_fronted(tokens, m.start, m.end) is not None \
                or inside_ohne_zu(tokens, m.start, m.end)
            findings.append(_finding(text, entry, start, end, voice, negated))
            covered.append((start, end))
        if self.polar_findings:
            findings.extend(self._polar_findings(text, tokens, covered, worded_here, ki_from))
        for hit in rules.scare_quotes(text, sent, quotes, ki_from, context.people):
            if hit.category in self.disabled or hit.id in self.disabled:
                continue
            # quoted speech, or a view the sentence gives to a group ("Für die Mieter ist das
            # eine „kalte Enteignung“"): their wording, unless a dash or colon after it opens the
            # author's comment on it ("… ein „Meilenstein“ – bei Regen steht es unter Wasser")
            voice = "quote" if (in_ranges(hit.start, hit.end, speech_here)
                                or (for_them(tokens)
                                    and not _comment_follows(text, hit.end, sent.end))) \
                and not hit.author_framed else "author"
            # Words inside an ironic quote are not the author's literal stance: the scare-quote
            # finding stands for them (lexicon findings inside it are dropped).
            findings = [f for f in findings if not hit.start <= f.start < f.end <= hit.end]
            findings.append(_rule_finding(text, hit, voice))
        for hit in rules.rhetorical(text, sent, speech_here, echo):
            if hit.category in self.disabled or hit.id in self.disabled \
                    or rules.ID_FAMILY.get(hit.id) in self.disabled \
                    or sent.index in context.asking:  # an interview's question asks, no rhetoric
                continue
            findings.append(_rule_finding(text, hit, "author"))
        findings.sort(key=lambda f: (f.start, -f.end))
        if self.word_model is not None:
            wm_covered = [*((f.start, f.end) for f in findings if f.category != "rhetorical"),
                          *silenced]
            def voice_of(c: str, s: int, e: int) -> str:
                voice = _voice(c, s, e, worded_here, ki_from, ki_to)
                if voice == "author" and c not in _NOT_OPINION \
                        and in_ranges(s, e, clauses.opinions):
                    return "quote"  # "Riemer sieht in dem Fall ein typisches Muster": her view
                return voice
            with_context = pieces is not None and self.context_model is not None
            # the context model reads every word's P: score the sentence once, in full, for both
            scores = self.word_model.score_sentence(tokens, wm_covered) if with_context else None
            findings = sorted([*findings, *self.word_model.findings(
                text, tokens, wm_covered, voice_of, scoring.VOICE_FACTOR,
                self.disabled, scores)], key=lambda f: (f.start, -f.end))
            if with_context:
                # the contextual word model: only where no other finding or silenced span is
                findings = sorted([*findings, *self.context_model.findings(  # type: ignore[union-attr]
                    text, tokens, sent.start, pieces,
                    [*((f.start, f.end) for f in findings), *silenced],
                    {s.index: s.probability for s in scores or ()},
                    voice_of, scoring.VOICE_FACTOR, self.disabled)],
                    key=lambda f: (f.start, -f.end))
        # Every finding, learned words included, gets the weight its kind earned on the judged
        # mainstream set (model findings can only move down: their group is right less often
        # than its 0.6 × P claims, and the cap keeps them below "severe").
        findings = [f for f in rules.unsupported_terms(findings, term_support)  # bare terms
                    if f.id not in self.disabled]
        if sent.index in context.asking:
            # an interview's question puts a stance or a word to the guest ("Ist das nicht
            # nachvollziehbar?", "Ist der Frauenfußball endlich angekommen?"): judged blind, its
            # stance, doubt and praise words and the learned words' findings were wrong as the
            # outlet's judgement every time (10 of 10); what it charges in its own words stays
            # (unnamed sources, labels, loaded words: "Kritiker sagen, Sie …", "als berüchtigter
            # …"; the sources right 5 of 6)
            findings = [f for f in findings
                        if f.voice != "author" or (f.category in _ASKED_OWN
                                                   and not f.id.startswith(_LEARNED_IDS))]
        findings = calibration.apply(findings, self.calibration, self._newsroom_ids,
                                     min_weight=self.min_weight if min_weight is None
                                     else min_weight)
        words = [t.text for t in tokens]
        scorer = _polarity_scorer()
        # the lemmas only for a scorer that reads them (the default one does not)
        polarity = scorer.polarity(words, [t.lemma for t in tokens] if scorer.reads_lemmas
                                   else None)
        author_idx = [i for i, t in enumerate(tokens)
                      if not in_ranges(t.start, t.end, speech_here)
                      and (ki_from is None or t.start < ki_from
                           or (ki_to is not None and t.start >= ki_to))] \
            if speech_here or ki_from is not None else None
        if author_idx is None or len(author_idx) == len(tokens):
            author_polarity = polarity
        elif author_idx:
            author_polarity = scorer.polarity([words[i] for i in author_idx],
                                              [tokens[i].lemma for i in author_idx]
                                              if scorer.reads_lemmas else None)
        else:
            author_polarity = 0.0
        n_words = sent.word_count
        score = scoring.sentence_score([f.weight for f in findings], n_words, author_polarity,
                                       subjectivity)
        note = None
        if (subjectivity is not None and subjectivity >= NOTE_MIN_SUBJECTIVITY
                and not any(f.voice == "author" for f in findings)):
            note = _judging_note(text[sent.start:sent.end], subjectivity)
        return SentenceResult(
            index=sent.index, start=sent.start, end=sent.end, text=text[sent.start:sent.end],
            score=score, polarity=polarity, subjectivity=subjectivity, findings=tuple(findings),
            words=n_words, note=note,
        )

    def _polar_findings(self, text, tokens, covered, speech, ki_from) -> list[Finding]:  # type: ignore[no-untyped-def]
        out = []
        words = [t.text for t in tokens]
        for term in _polarity_scorer().polar_terms(words, [t.lemma for t in tokens]):
            if abs(term.polarity) < POLAR_FINDING_MIN:
                continue
            first, last = tokens[term.index], tokens[term.index + term.length - 1]
            start, end = first.start, last.end
            if any(s < end and start < e for s, e in covered):
                continue
            voice = _voice(_POLAR_CATEGORY, start, end, speech, ki_from)
            direction = "positiv" if term.polarity > 0 else "negativ"
            cat = CATEGORIES[_POLAR_CATEGORY]
            fid = f"polarity.{first.lemma}"
            if fid in self.disabled:
                continue
            w = POLAR_FINDING_WEIGHT * scoring.VOICE_FACTOR[voice]
            out.append(Finding(
                start=start, end=end, text=text[start:end], category=cat.key, label=cat.label,
                weight=w, voice=voice,
                explanation=(f"„{text[start:end]}“ ist laut Polaritätslexikon stark {direction} "
                             "wertend; prüfen, ob die Wertung belegt ist."),
                suggestion="durch eine beschreibende, neutrale Formulierung ersetzen",
                id=fid, base_weight=POLAR_FINDING_WEIGHT,
            ))
        return out


_INITIALS_MIN, _INITIALS_MAX_LEN = 2, 5


def _initials_lists(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Bracketed lists of the authors' short lower-case initials, "(nim, krud, mika, jub)": a
    byline, not words of the text ("krud" is no judgement)."""
    out: list[tuple[int, int]] = []
    if "(" not in (t.text for t in tokens):
        return out
    for i, tok in enumerate(tokens):
        if tok.text != "(":
            continue
        j = i + 1
        words = run = 0  # one short word between separators: "nim, krud", not "sagt sie, …"
        while j < len(tokens) and tokens[j].text != ")":
            t = tokens[j]
            if t.text in (",", "/"):
                run = 0
                j += 1
                continue
            run += 1
            if run > 1 or not (t.text.isalpha() and t.text.islower()
                               and len(t.text) <= _INITIALS_MAX_LEN):
                break
            words += 1
            j += 1
        if j < len(tokens) and tokens[j].text == ")" and words >= _INITIALS_MIN \
                and any(tokens[k].text == "," for k in range(i + 1, j)):
            out.append((tok.start, tokens[j].end))
    return out


def _judging_note(sentence: str, subjectivity: float) -> str:
    """Editors' words for a sentence the classifier finds judging although no phrase is marked.

    The carrying words come from the fast model's linear explanation (about 0.5 ms), whatever
    model decided: the accurate model's occlusion explanation costs a forward pass per word.
    """
    from .classifier import load_classifier

    words = [w for w, weight in load_classifier("fast").explain(sentence, 6) if weight > 0][:3]
    carried = (" Getragen vor allem von " + ", ".join(f"„{w}“" for w in words) + "."
               if words else "")
    return (f"Wertender Satz ohne einzelnes Signalwort: das Satzmodell hält ihn zu "
            f"{100 * subjectivity:.0f} % für wertend, obwohl keine Formulierung markiert ist."
            f"{carried} Prüfen, ob Auswahl, Reihenfolge oder Ton des Satzes urteilen.")


class _Clauses:
    """A sentence's clauses that give someone else's view, found only when a finding needs them."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens

    @cached_property
    def asked(self) -> list[tuple[int, int]]:
        return open_questions(self._tokens)  # embedded questions: "offen ist, ob …"

    @cached_property
    def sourced(self) -> list[tuple[int, int]]:
        return sourced_clauses(self._tokens)  # "laut dem Anwalt", "… zufolge"

    @cached_property
    def opinions(self) -> list[tuple[int, int]]:
        return opinion_clauses(self._tokens)  # "nach Ansicht der Forscher", "fühlen sich"

    @cached_property
    def reported(self) -> list[tuple[int, int]]:
        return reported_predicates(self._tokens)  # "…, erst jetzt werde behauptet, dass …"


def _comment_follows(text: str, end: int, sentence_end: int) -> bool:
    """A dash or colon after a quoted word opens the author's comment on it."""
    rest = text[end:sentence_end].lstrip()
    return rest[:1] in ("–", "—", ":") or rest.startswith("- ")


def _someone_elses(category: str, words: Sequence[Token], start: int, end: int,
                   clauses: _Clauses, hedge_sourced: bool) -> bool:
    """Whether an author-voice match is a view the sentence gives to someone else."""
    if category == "speech_verb" and in_ranges(start, end, clauses.reported):
        return True  # a verb of saying inside the reported clause is the speaker's word
    if category in QUESTIONED_CATEGORIES:
        if in_ranges(start, end, clauses.asked):
            return True  # "offen ist, ob … möglicherweise …": the question's hedge
        if in_ranges(start, end, clauses.sourced):
            return True  # "dürften sich laut dem Anwalt …": the source's estimate
        if hedge_sourced and category == "speculation" and any(
                t.lower in EVIDENTIAL_HEDGES for t in words):
            return True  # the next sentence names whose account it hedges
    # "nach Ansicht der Forscher … beispiellos": their view
    return category not in _NOT_OPINION and in_ranges(start, end, clauses.opinions)


# what an interviewer's question still says in the outlet's own voice
_ASKED_OWN = frozenset({"vague_attribution", "labeling", "loaded_language", "speech_verb",
                        "scare_quote"})
_LEARNED_IDS = ("model.", "context.")


class _Context(NamedTuple):
    """What the whole document says about each sentence, computed once per analysis."""

    hearsay: Sequence[tuple[int, int]] = ()  # bare "hieß es" right after a named source
    # a report on a disaster ("die Katastrophe" refers back to it); computed on first request
    # (functools.cache over the document-wide check)
    disaster: Callable[[], bool] = lambda: False
    # the author writes "ich" ("unser Haus" is then the columnist's own); computed on request
    first_person: Callable[[], bool] = lambda: False
    # a review of a film, play, opera, book, concert or record ("man hört" is then the critic's
    # own listening)
    review: Callable[[], bool] = lambda: False
    # the story of a goat, a bird, a dog or a cat (its „meckerte“, „plustert sich auf“,
    # „bellte“, „fauchte“ are literal)
    animal: Callable[[], bool] = lambda: False
    sourced_next: frozenset[int] = frozenset()  # sentences whose next one names its source
    named_next: frozenset[int] = frozenset()  # sentences whose next one quotes a named person
    # an interview's questions: the outlet's voice, but no rhetorical questions of the author
    asking: frozenset[int] = frozenset()
    people: frozenset[str] = frozenset()  # surnames of people the text names in full
    full_names: frozenset[str] = frozenset()  # surnames after a known first name


_NO_CONTEXT = _Context()


def plain_report(sentences: Sequence[SentenceResult]) -> bool:
    """A text long enough to tell (``REPORT_MIN_WORDS``) whose author judges rarely: fewer than
    ``REPORT_MAX_DENSITY`` author-voice findings at weight >= ``REPORT_FLOOR`` per 1,000 words,
    appeals aside. Its appeals are not the author's, its uncertain findings not shown
    (``Analyzer.analyze``; the precision benchmark decides the same with ``is_plain_report``)."""
    return is_plain_report(sum(s.words for s in sentences),
                           [f for s in sentences for f in s.findings])


def is_plain_report(words: int, findings: Iterable[Finding]) -> bool:
    """``plain_report`` on a word count and the text's (calibrated) findings."""
    if words < REPORT_MIN_WORDS:
        return False
    judging = sum(1 for f in findings
                  if f.voice == "author" and f.category != "appeal" and f.weight >= REPORT_FLOOR)
    return judging * 1000 < REPORT_MAX_DENSITY * words


# a sentence that reaches every part of the engine: lexicon, scare quote, reported speech, names
_WARM_UP_TEXT = ("Der selbst ernannte Präsident Alexander Lukaschenko wetterte gegen die „Presse“. "
                 "Er sagte, das sei ein Horror-Gesetz.")


# quotations longer than this without a speaker are left to the author's voice (a pairing of
# stray marks across sentences must not silence the author's copy)
_QUOTED_WORDS_MAX = 12


def _voice(category: str, start: int, end: int, speech, ki_from: int | None,  # type: ignore[no-untyped-def]
           ki_to: int | None = None) -> str:
    if in_ranges(start, end, speech):
        return "quote"
    if _in_indirect(start, ki_from, ki_to) and category not in _ALWAYS_AUTHOR_IN_INDIRECT:
        return "quote"
    return "author"


def _in_indirect(start: int, ki_from: int | None, ki_to: int | None) -> bool:
    """The position lies in the sentence's indirect speech (from ``ki_from`` up to ``ki_to``)."""
    return ki_from is not None and start >= ki_from and (ki_to is None or start < ki_to)


def _finding(text: str, entry: Entry, start: int, end: int, voice: str, negated: bool) -> Finding:
    cat = CATEGORIES[entry.category]
    weight = entry.weight * scoring.VOICE_FACTOR[voice]
    explanation = entry.explanation
    if negated:
        weight *= cat.negated_factor
        explanation = f"{explanation} (Verneint: {cat.negated_note})"
    if voice == "quote":
        explanation = f"{explanation} Steht im Zitat bzw. in indirekter Rede – Wertung der Quelle."
    return Finding(
        start=start, end=end, text=text[start:end], category=entry.category, label=cat.label,
        weight=weight, voice=voice, explanation=explanation,  # type: ignore[arg-type]
        suggestion=entry.suggestion, id=entry.id, base_weight=entry.weight, negated=negated,
    )


def _rule_finding(text: str, hit: rules.RuleHit, voice: str) -> Finding:
    cat = CATEGORIES[hit.category]
    return Finding(
        start=hit.start, end=hit.end, text=text[hit.start:hit.end], category=hit.category,
        label=cat.label, weight=hit.weight * scoring.VOICE_FACTOR[voice], voice=voice,  # type: ignore[arg-type]
        explanation=hit.explanation, suggestion=hit.suggestion, id=hit.id, base_weight=hit.weight,
    )


def _summary(sentences: Sequence[SentenceResult]) -> Summary:
    words = sum(s.words for s in sentences)
    by_category = dict.fromkeys(CATEGORY_KEYS, 0)
    by_voice = {"author": 0, "quote": 0}
    n_findings = 0
    for s in sentences:
        for f in s.findings:
            by_category[f.category] += 1
            by_voice[f.voice] += 1
            n_findings += 1
    scores = [s.score for s in sentences]
    judging = sum(1 for x in scores if x >= scoring.JUDGING_THRESHOLD)
    return Summary(
        sentences=len(sentences), words=words,
        score=round(scoring.document_score(scores, [s.words for s in sentences]), 2),
        findings_per_1000_words=(1000.0 * n_findings / words) if words else 0.0,
        by_category=by_category,
        share_sentences_score_ge_50=(judging / len(sentences)) if sentences else 0.0,
        by_voice=by_voice,
    )


def _check_input(text: object, max_chars: int) -> None:
    if not isinstance(text, str):
        raise InputError("not_text", "Die Eingabe ist kein Text (erwartet: str).")
    if is_blank(text):
        raise InputError("empty", "Der Text ist leer – bitte einen deutschen Text eingeben.")
    if len(text) > max_chars:
        raise InputError("too_long", f"Der Text hat {len(text):,} Zeichen; erlaubt sind höchstens "
                         f"{max_chars:,}. Bitte kürzen oder in Teilen analysieren.".replace(",", "."))


_lang_lock = threading.Lock()


@lru_cache(maxsize=1)
def _langid():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """Most likely language of ``text`` (ISO 639-1) and its probability."""
    with _lang_lock:
        lang, prob = _langid().classify(text[:2000])
    return str(lang), float(prob)


# Frequent German function words: when they make up a good share of the tokens, the text is
# German and the statistical detector is not needed.
_GERMAN_MARKERS = frozenset({
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "von", "zu",
    "mit", "sich", "auf", "für", "im", "auch", "es", "sie", "wird", "wurde", "dass", "nach",
    "bei", "aus", "wie", "noch", "sind", "hat", "haben", "werden", "vor", "über", "einen", "zum",
})


def _language_warnings(text: str, seg: Segmented) -> list[str]:
    # only the first words are tested: no list of every word of the document
    words = list(itertools.islice((t.lower for s in seg.sentences for t in s.tokens if t.is_word),
                                  max(_LANG_MIN_WORDS, 400)))
    if len(words) < _LANG_MIN_WORDS:
        return []
    if sum(1 for w in words[:400] if w in _GERMAN_MARKERS) >= 0.12 * min(len(words), 400):
        return []
    lang, prob = detect_language(text)
    if lang != "de" and prob > 0.5:
        return [f"Der Text scheint nicht Deutsch zu sein (erkannt: {lang}); die Analyse ist "
                "für deutsche Texte gebaut und kann hier wenig aussagen."]
    return []


@lru_cache(maxsize=1)
def _polarity_scorer():  # type: ignore[no-untyped-def]
    from .sentiment import default_scorer

    return default_scorer()


def _classifier_name(name: str | None) -> str | None:
    if name is None or name == "none":
        return None
    from .classifier import CLASSIFIERS, ClassifierError

    if name not in CLASSIFIERS:
        raise ClassifierError(f"Unbekannter Klassifikator {name!r}; erlaubt: "
                              f"{', '.join(CLASSIFIERS)} oder none.")
    return name


_engine_lock = threading.Lock()


@lru_cache(maxsize=16)
def _cached_analyzer(extra_lexicons: tuple[str, ...], disable: tuple[str, ...], max_chars: int,
                     classifier: str | None, word_model: bool = True,
                     min_weight: float = calibration.SHOWN_FLOOR) -> Analyzer:
    return Analyzer(extra_lexicons=extra_lexicons, disable=disable, max_chars=max_chars,
                    classifier=classifier, word_model=word_model, min_weight=min_weight)


def get_analyzer(extra_lexicons: tuple[str, ...] = (), disable: tuple[str, ...] = (),
                 max_chars: int = DEFAULT_MAX_CHARS,
                 classifier: str | None = DEFAULT_CLASSIFIER,
                 word_model: bool = True,
                 min_weight: float = calibration.SHOWN_FLOOR) -> Analyzer:
    """A cached engine per configuration (lexicons and models load and compile once)."""
    with _engine_lock:  # one build per configuration, even when many sessions start at once
        return _cached_analyzer(tuple(extra_lexicons), tuple(disable), max_chars,
                                _classifier_name(classifier), bool(word_model),
                                float(min_weight))


def analyze(text: str, *, lexicons: Sequence[str | Path] = (), disable: Iterable[str] = (),
            max_chars: int = DEFAULT_MAX_CHARS,
            classifier: str | None = DEFAULT_CLASSIFIER,
            word_model: bool = True,
            min_weight: float = calibration.SHOWN_FLOOR) -> DocumentResult:
    """Analyze German text: every sentence with its evaluative findings and a 0–100 score.

    ``classifier``: "default" (most accurate), "fast" (for corpora) or None (lexicon and
    rules only; ``subjectivity`` is then null). ``word_model=False`` turns off the learned
    evaluative-word model (findings with ids ``model.*``). ``min_weight``: author-voice
    findings reported under this weight are left out (default 0.3: on unseen copy such
    findings were wrong about three times in four); ``min_weight=0`` keeps them.
    """
    engine = get_analyzer(tuple(str(p) for p in lexicons), tuple(sorted(set(disable))), max_chars,
                          classifier, word_model, min_weight)
    return engine.analyze(text)


def explain(sentence: str, *, classifier: str = DEFAULT_CLASSIFIER,
            top: int = 5) -> list[tuple[str, float]]:
    """Top words behind the classifier's judgement of one sentence (for the page's "why")."""
    from .classifier import load_classifier

    name = _classifier_name(classifier)
    if name is None or not sentence.strip():
        return []
    return load_classifier(name).explain(sentence, top)
