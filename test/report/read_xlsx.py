"""Reads an .xlsx file with openpyxl (Debian's python3-openpyxl) and prints it as JSON.

Used by test/report/to-xlsx.test.ts as an independent reader of what toXlsx writes: for each
sheet, its cell values and openpyxl's data type of each cell ('n' number, 's' string, 'f'
formula), the frozen pane, and, as a check computed here rather than in TypeScript, the mean of
the 'ar' column per day of the 'event days' sheet.
"""
import json
import sys
from collections import defaultdict

import warnings

import openpyxl

# write-excel-file leaves out the optional "Normal" named style; openpyxl says so and applies its own.
warnings.filterwarnings("ignore", message="Workbook contains no default style")

book = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "aar_by_day": {}}
for sheet in book.worksheets:
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    types = [[cell.data_type for cell in row] for row in sheet.iter_rows()]
    out["sheets"].append({"name": sheet.title, "rows": rows, "types": types, "freeze": sheet.freeze_panes})

days = book["event days"]
header = [cell.value for cell in days[1]]
sums = defaultdict(float)
counts = defaultdict(int)
for row in days.iter_rows(min_row=2, values_only=True):
    record = dict(zip(header, row))
    if isinstance(record["ar"], (int, float)):
        sums[record["day"]] += record["ar"]
        counts[record["day"]] += 1
out["aar_by_day"] = {str(day): sums[day] / counts[day] for day in sums}
json.dump(out, sys.stdout)
