"""Hand-crafted German subjectivity cues -> dense feature vector (fast, regex only)."""
import re
import numpy as np

W = lambda words: re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)

LEX = {
    "modal_particle": W(["wohl", "doch", "ja", "eben", "halt", "eigentlich", "schon", "etwa",
                         "denn", "mal", "nun mal", "gar", "bloß", "ohnehin", "immerhin", "freilich",
                         "allerdings", "durchaus", "offenbar", "offensichtlich", "anscheinend",
                         "vermutlich", "wahrscheinlich", "sicherlich", "gewiss", "zweifellos",
                         "natürlich", "leider", "hoffentlich", "angeblich", "womöglich", "vielleicht"]),
    "modal_verb": W(["dürfte\\w*", "müsste\\w*", "sollte\\w*", "könnte\\w*", "müssen", "muss",
                     "musst", "sollen", "soll", "sollten", "darf", "dürfen", "möchte\\w*", "will"]),
    "konj1": W(["sei", "seien", "seiest", "habe", "hätten", "werde", "könne", "müsse", "solle",
                "wolle", "dürfe", "gebe", "komme", "stehe", "gehe", "liege", "bleibe", "wisse"]),
    "konj2": W(["hätte\\w*", "wäre\\w*", "würde\\w*", "käme\\w*", "gäbe\\w*", "wüsste\\w*",
                "bräuchte\\w*", "ginge\\w*", "stünde\\w*"]),
    "pron_1_2": W(["ich", "mich", "mir", "mein\\w*", "wir", "uns", "unser\\w*", "du", "dich", "dir",
                   "dein\\w*", "ihr", "euch", "euer\\w*", "eure\\w*", "man"]),
    "intensifier": W(["sehr", "äußerst", "extrem", "völlig", "total", "absolut", "höchst",
                      "besonders", "ziemlich", "überaus", "ungemein", "zutiefst", "enorm", "massiv",
                      "gänzlich", "vollkommen", "unglaublich", "wirklich", "gerade", "nur", "kaum",
                      "viel zu", "zu viel", "allzu", "geradezu", "regelrecht", "schlicht",
                      "wahrlich", "endlich", "ausgerechnet", "sogar", "selbst", "noch nie", "nie",
                      "niemals", "immer", "alle", "nichts", "keine\\w*"]),
    "evaluative": W(["gut\\w*", "schlecht\\w*", "besser\\w*", "beste\\w*", "schlimm\\w*",
                     "falsch\\w*", "richtig\\w*", "wichtig\\w*", "notwendig\\w*", "nötig\\w*",
                     "gefährlich\\w*", "katastroph\\w*", "skandal\\w*", "absurd\\w*", "peinlich\\w*",
                     "lächerlich\\w*", "großartig\\w*", "hervorragend\\w*", "toll\\w*", "schön\\w*",
                     "hässlich\\w*", "dumm\\w*", "klug\\w*", "naiv\\w*", "fatal\\w*", "verheerend\\w*",
                     "dramatisch\\w*", "unverantwortlich\\w*", "verantwortungslos\\w*",
                     "unsinn\\w*", "sinnlos\\w*", "fragwürdig\\w*", "zweifelhaft\\w*", "bedenklich\\w*",
                     "erschreckend\\w*", "traurig\\w*", "tragisch\\w*", "bitter\\w*", "gerecht\\w*",
                     "ungerecht\\w*", "fair\\w*", "unfair\\w*", "schwach\\w*", "stark\\w*",
                     "mutig\\w*", "feige\\w*", "unerträglich\\w*", "empör\\w*", "fantastisch\\w*",
                     "wunderbar\\w*", "enttäusch\\w*", "versag\\w*", "chaos\\w*", "desaströs\\w*",
                     "irre\\w*", "verrückt\\w*", "bizarr\\w*", "grotesk\\w*", "zynisch\\w*"]),
    "opinion_verb": W(["glaube\\w*", "finde\\w*", "meine\\w*", "denke\\w*", "halte\\w*", "scheint",
                       "scheinen", "wirkt", "muss man", "kann man", "sollte man", "darf man"]),
    "attribution": W(["sagte\\w*", "sagt", "erklärte\\w*", "betonte\\w*", "teilte\\w*", "laut",
                      "zufolge", "berichtete\\w*", "hieß es", "heißt es", "so \\w+", "meldete\\w*",
                      "sprach", "kündigte\\w*", "ergänzte\\w*", "fügte\\w*"]),
    "connective_contrast": W(["aber", "doch", "jedoch", "dennoch", "trotzdem", "zwar", "sondern",
                              "statt", "anstatt", "obwohl"]),
}
QUOTE_RE = re.compile(r"[„“”»«\"‚‘’›‹]")
DIGIT_RE = re.compile(r"\d")
UPPER_WORD_RE = re.compile(r"\b[A-ZÄÖÜ]{3,}\b")
WORD_RE = re.compile(r"\w+")

NAMES = list(LEX) + ["quotes", "q_mark", "excl", "colon", "dash", "paren", "n_words_log",
                     "digit_share", "upper_words", "avg_word_len", "starts_quote"]


def feats(s: str) -> np.ndarray:
    words = WORD_RE.findall(s)
    nw = max(len(words), 1)
    v = [len(r.findall(s)) for r in LEX.values()]
    v += [len(QUOTE_RE.findall(s)), s.count("?"), s.count("!"), s.count(":"),
          s.count("–") + s.count(" - ") + s.count("—"), s.count("("), np.log1p(nw),
          len(DIGIT_RE.findall(s)) / max(len(s), 1), len(UPPER_WORD_RE.findall(s)),
          sum(len(w) for w in words) / nw, float(bool(QUOTE_RE.match(s.strip())))]
    return np.asarray(v, dtype=np.float32)


def featurize(texts):
    return np.vstack([feats(t) for t in texts])
