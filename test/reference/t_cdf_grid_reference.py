"""Independent reference grid for the t and normal p-values (issue 19, item 5: the faster t CDF).

Writes t_cdf_grid_reference.json: two-sided Student-t tails P(|T| >= t) = 2 * scipy.stats.t.sf(t, df)
and, from R (Rscript, `2 * pt(t, df, lower.tail = FALSE)`: TOMS 708's pbeta, a different code base
from scipy's Cephes), the same for every df (1 to 10,000, integers and non-integers) and t
(0 to 50, and beyond 50 for the small df whose tails only reach 1e-300 there); a cell below 1e-300
is written as null. Also two-sided normal tails 2 * pnorm(z, lower.tail = FALSE) from R and
scipy.special.erfc(z / sqrt(2)), and scipy.special.erfcx on both sides of the library's interval
edges (k/4, where its Chebyshev pieces meet). Values are written with 17 significant digits.
Run with Debian's python: /usr/bin/python3 test/reference/t_cdf_grid_reference.py
"""
import json
import math
import os
import subprocess

import numpy as np
import scipy
from scipy import special, stats

DFS = sorted(set(
    [1, 1.5, 2, 2.5, 3, 4, 5, 7.25, 10, 15.5, 19, 19.99, 20, 20.01, 21, 29, 30, 48, 98, 100, 198,
     233, 247, 247.9679358717414, 248, 249, 498, 499, 999, 1000, 2500.5, 5000, 9999, 10000]
    + [float(f"{v:.6g}") for v in np.geomspace(1.1, 9876.5, 24)]))
T = sorted(set(
    [0.0, 1e-8, 1e-4, 0.01]
    + [float(f"{v:.6g}") for v in np.linspace(0.05, 10, 200)]
    + [float(f"{v:.6g}") for v in np.geomspace(10, 50, 41)]
    + [float(f"{v:.6g}") for v in np.geomspace(50, 1e6, 25)[1:]]))


def cell(p):
    return float(f"{p:.17g}") if p >= 1e-300 else None


def r_values(expression, values):
    """Evaluate an R vectorised expression of x over values, 17 digits each."""
    script = ("x <- scan(file('stdin'), quiet = TRUE); "
              f"cat(formatC({expression}, digits = 17, format = 'g'), sep = '\\n')")
    out = subprocess.run(["Rscript", "-e", script], input="\n".join(repr(v) for v in values),
                         capture_output=True, text=True, check=True).stdout
    return [float(v) for v in out.split()]


scipy_t = []
r_t = []
r_version = subprocess.run(["Rscript", "-e", "cat(R.version.string)"], capture_output=True,
                           text=True, check=True).stdout
for df in DFS:
    scipy_t.append([cell(min(1.0, 2 * float(stats.t.sf(t, df)))) for t in T])
    r = r_values(f"pmin(1, 2 * pt(x, {df!r}, lower.tail = FALSE))", T)
    r_t.append([cell(p) for p in r])

Z = [float(f"{v:.6g}") for v in np.linspace(0, 37.5, 751)]
r_normal = [cell(p) for p in r_values("2 * pnorm(x, lower.tail = FALSE)", Z)]
scipy_normal = [cell(float(special.erfc(z / math.sqrt(2)))) for z in Z]

X = sorted(set([k / 4 + s for k in range(1, 25) for s in (-1e-12, 0.0, 1e-12)]
               + [float(f"{v:.6g}") for v in np.linspace(0, 8, 321)]))
erfcx = [float(f"{float(special.erfcx(x)):.17g}") for x in X]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "t_cdf_grid_reference.json")
with open(out, "w") as f:
    json.dump({"generator": f"scipy {scipy.__version__} (stats.t.sf, special.erfc, special.erfcx); "
                            f"{r_version} (pt, pnorm)",
               "df": DFS, "t": T, "scipy": scipy_t, "r": r_t,
               "z": Z, "normalR": r_normal, "normalScipy": scipy_normal,
               "erfcxX": X, "erfcx": erfcx}, f, separators=(",", ":"))
    f.write("\n")
cells = sum(p is not None for row in scipy_t for p in row)
print(f"wrote {out}: {len(DFS)} df x {len(T)} t ({cells} cells >= 1e-300), {len(Z)} z, {len(X)} erfcx")
