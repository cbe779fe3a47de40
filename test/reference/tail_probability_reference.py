"""Independent reference for the library's own t and normal tail probabilities (issue 19).

Writes tail_probability_reference.json: two-sided Student-t tails P(|T| >= |t|) = 2*stdtr(df, -|t|)
over a grid of df (small and non-integer df, the per-event df of the benchmarks, up to 1e9) and t
(from 1e-6 deep into the tails, down to p ~ 1e-300), two-sided normal tails erfc(|z|/sqrt(2)),
and erfc(x) itself, all from scipy.special (Cephes). Where Cephes's own accuracy is in doubt
(t near 0 for df = 1, p near 1) the Cauchy closed form 1 - 2 atan(|t|)/pi is written as well.
Run with Debian's python: /usr/bin/python3 test/reference/tail_probability_reference.py
"""
import decimal
import json
import math
import os

import numpy as np
from scipy import special

DFS = [0.05, 0.3, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.25, 10, 19, 20, 21, 29, 30, 48, 98, 198,
       248, 249, 499, 999, 1e4, 1e5, 1e6, 1e7, 1e9]
T_GRID = np.concatenate([
    [1e-6, 1e-4, 1e-2],
    np.linspace(0.05, 5, 100),
    np.geomspace(5, 1e8, 60),
])

t_cases = []
for df in DFS:
    for t in T_GRID:
        p = float(2 * special.stdtr(df, -t))
        if p < 1e-300:
            continue
        t_cases.append({"t": float(t), "df": float(df), "p": p})

# on either side of the switch between the large-df expansion and the continued fraction
# (t^2 = (e - 1) df for df >= 20)
for df in [20, 21, 248, 1000, 1e4]:
    for side in [1 - 1e-9, 1 + 1e-9]:
        t = math.sqrt(math.expm1(1) * df) * side
        p = float(2 * special.stdtr(df, -t))
        if p >= 1e-300:
            t_cases.append({"t": t, "df": float(df), "p": p, "switch": True})

cauchy = [{"t": float(t), "p": 1 - 2 * math.atan(t) / math.pi} for t in [1e-6, 1e-4, 1e-2, 0.5, 1]]

z_cases = []
for z in np.concatenate([np.linspace(0, 8, 161), np.linspace(8, 37.5, 60)]):
    p = float(special.erfc(z / math.sqrt(2)))
    if p >= 1e-300:
        z_cases.append({"z": float(z), "p": p})

# I_x(a, 1/2) with x = e^{-u} = df/(df + t^2): from stdtr, as betainc itself loses digits to
# the rounding of x near 1 when a is large
beta_cases = []
for a in [10, 12.5, 30, 124, 249.5, 5000, 5e5]:
    for t in [1e-3, 0.1, 1, 2, 3, 5]:
        u = math.log1p(t * t / (2 * a))
        value = float(2 * special.stdtr(2 * a, -t))
        if u <= 1 and value >= 1e-300:
            beta_cases.append({"a": a, "u": u, "p": value})

fraction_cases = [{"x": x, "a": a, "b": b, "p": float(special.betainc(a, b, x))}
                  for (x, a, b) in [(0.1, 2, 3), (0.3, 0.5, 0.5), (0.2, 5, 0.5), (0.6, 10, 0.5),
                                    (0.05, 0.5, 124), (0.01, 0.5, 2.5)]]

# ln(Gamma(a + 1/2)/Gamma(a)): exactly for integer a, Gamma(n + 1/2)/Gamma(n) = (2n)! sqrt(pi) /
# (4^n n! (n-1)!), in 40-digit decimals; by lgamma differences for small non-integer a
# (scipy's poch loses about 1e-12 at a = 1e4, so it is not used)
decimal.getcontext().prec = 40
PI = decimal.Decimal("3.141592653589793238462643383279502884197")
ratio_cases = []
for n in [1, 2, 7, 19, 20, 21, 100, 124, 10000]:
    exact = decimal.Decimal(math.factorial(2 * n)) / (decimal.Decimal(4) ** n * math.factorial(n) * math.factorial(n - 1))
    ratio_cases.append({"a": n, "ratio": float((exact * PI.sqrt()).ln())})
for a in [1e-3, 0.1, 0.5, 2.5, 7.25, 19.5]:
    ratio_cases.append({"a": a, "ratio": math.lgamma(a + 0.5) - math.lgamma(a)})

erfc_cases = [{"x": float(x), "erfc": float(special.erfc(x))}
              for x in np.concatenate([np.linspace(0, 3, 121), np.linspace(3, 26, 47)])]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tail_probability_reference.json")
with open(out, "w") as f:
    json.dump({"generator": "scipy.special " + __import__("scipy").__version__,
               "studentT": t_cases, "cauchy": cauchy, "normal": z_cases, "erfc": erfc_cases,
               "betaHalfLargeA": beta_cases, "betaFraction": fraction_cases,
               "logGammaHalfRatio": ratio_cases}, f, indent=0)
print(f"wrote {out}: {len(t_cases)} t, {len(z_cases)} normal, {len(erfc_cases)} erfc cases")
