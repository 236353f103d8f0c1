"""Fit the summary scorer's weights on the development rows of the headline set.

For every article of the development rows (id < 1000), each sentence that may
stand in a summary gets its feature row (``newsbook.features``) and a label:
1 for the sentence whose character ROUGE-1 F1 against the headline is highest,
0 for the others. A logistic regression over standardized features learns
which sentences carry the news; its weights, with the means and scales of the
standardization, are written as a small JSON file that the converter reads at
run time (scikit-learn is needed only here). Test rows are never read::

    make train-summaries EVAL=path/to/jawikinews-headlines.tsv.gz
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from headline_set import read_rows
from rouge_score import rouge_scorer
from scorers import CharTokenizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from newsbook.analyse.features import FEATURE_NAMES, article_features
from newsbook.analyse.japanese import tokenized_texts

REGULARIZATION = 0.1  # inverse strength C; chosen by 5-fold grouped cross-validation on dev
OUTPUT = (
    Path(__file__).resolve().parents[1] / "newsbook" / "analyse" / "data" / "summary_weights.json"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval_file")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    scorer = rouge_scorer.RougeScorer(["rouge1"], tokenizer=CharTokenizer())
    features: list[tuple[float, ...]] = []
    labels: list[int] = []
    groups: list[int] = []
    articles = 0
    for row in read_rows(args.eval_file, "dev"):
        article = article_features(tokenized_texts(row.sentences))
        candidates = [i for i, ok in enumerate(article.eligible) if ok]
        if not candidates:
            continue
        articles += 1
        gains = [
            scorer.score(row.headline, row.sentences[i])["rouge1"].fmeasure for i in candidates
        ]
        best = candidates[int(np.argmax(gains))]
        for i in candidates:
            features.append(article.rows[i])
            labels.append(int(i == best))
            groups.append(row.id)
    x, y, g = np.array(features), np.array(labels), np.array(groups)

    # Cross-validated accuracy of the pick (is the top-scored sentence the best one?).
    hits = 0
    for train, test in GroupKFold(n_splits=5).split(x, y, g):
        scaler = StandardScaler().fit(x[train])
        model = LogisticRegression(C=REGULARIZATION, max_iter=5000)
        model.fit(scaler.transform(x[train]), y[train])
        scores = model.decision_function(scaler.transform(x[test]))
        for group in np.unique(g[test]):
            rows = np.where(g[test] == group)[0]
            hits += int(y[test][rows[np.argmax(scores[rows])]])

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=REGULARIZATION, max_iter=5000).fit(scaler.transform(x), y)
    weights = {
        "about": "Summary sentence scorer: logistic regression over standardized features "
        "(newsbook.features), fitted by tools/bench/train_summaries.py on the development "
        "rows (id < 1000) of the Japanese Wikinews headline set. score = intercept + "
        "sum(weight * (value - mean) / scale).",
        "regularization_C": REGULARIZATION,
        "articles": articles,
        "sentences": len(y),
        "cv_best_sentence_hit_rate": round(hits / articles, 4),
        "intercept": round(float(model.intercept_[0]), 6),
        "features": {
            name: {
                "weight": round(float(w), 6),
                "mean": round(float(m), 6),
                "scale": round(float(s), 6),
            }
            for name, w, m, s in zip(
                FEATURE_NAMES, model.coef_[0], scaler.mean_, scaler.scale_, strict=True
            )
        },
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(weights, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(
        f"{articles} dev articles, {len(y)} sentences; cross-validated hit rate "
        f"{hits / articles:.3f}; weights written to {args.output.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
