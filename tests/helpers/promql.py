"""A rough PromQL reader for the checks that dashboards and alert rules name only what the kiosk exports:
which metric names, label names and label matcher values an expression uses. Not a parser: enough for
selectors, aggregations (by/without), vector matching (on/ignoring/group_*), functions and ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
            "offset", "inf", "nan", "atan2",
            # aggregation operators: `sum by (x) (…)` puts the clause between the name and its parenthesis
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
            "quantile", "limitk", "limit_ratio"}
_GRAFANA = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h"}
_IDENT = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")
_MATCHER = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"')
_LABEL_LIST = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)")


@dataclass
class Names:
    metrics: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    matchers: list[tuple[str, str, str]] = field(default_factory=list)  # (label, operator, value)


def names(expr: str) -> Names:
    found = Names()
    for var, value in _GRAFANA.items():
        expr = expr.replace(var, value)
    expr = re.sub(r"\$\{?(\w+)\}?", r"\1", expr)  # other dashboard variables ($shop) only ever sit in strings
    label_values = re.fullmatch(r"\s*label_values\((.*),\s*([a-zA-Z_]\w*)\s*\)\s*", expr, re.S)
    if label_values:
        inner = names(label_values.group(1))
        inner.labels.add(label_values.group(2))
        return inner
    for selector in re.findall(r"\{([^}]*)\}", expr):
        for label, op, value in _MATCHER.findall(selector):
            found.labels.add(label)
            found.matchers.append((label, op, value))
    expr = re.sub(r"\{[^}]*\}", " ", expr)
    for _keyword, labels in _LABEL_LIST.findall(expr):
        found.labels |= {x.strip() for x in labels.split(",") if x.strip()}
    expr = _LABEL_LIST.sub(r" \1 ", expr)
    expr = re.sub(r"\[[^\]]*\]", " ", expr)      # ranges and subqueries: [5m], [1h:1m]
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', " ", expr)  # string arguments (label_replace)
    for m in _IDENT.finditer(expr):
        word, rest = m.group(), expr[m.end():].lstrip()
        if rest.startswith("(") or word.lower() in KEYWORDS or re.fullmatch(r"\d+[smhdwy]", word):
            continue
        found.metrics.add(word)
    return found
