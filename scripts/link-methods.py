"""Rewrite references to the old out-of-repo METHODS.md as links into docs/methods.md (one-off migration helper)."""
import os, re, subprocess
s = open('docs/methods.md').read()
slugs = {}
for m in re.finditer(r'^## (\d+)\. (.*)$', s, flags=re.M):
    t = (m.group(1) + '. ' + m.group(2)).lower().replace('`', '')
    slugs[m.group(1)] = re.sub(r'[^a-z0-9 -]', '', t).strip().replace(' ', '-')
files = subprocess.check_output(['git', 'ls-files', 'src', 'README.md', 'examples']).decode().split()
for f in files:
    try: txt = open(f).read()
    except UnicodeDecodeError: continue
    orig = txt
    if f.endswith('.json'):
        txt = re.sub(r'METHODS\.md §', 'docs/methods.md §', txt)
    elif f.endswith('.ts') or f.endswith('.md'):
        rel = os.path.relpath('docs/methods.md', os.path.dirname(f) or '.')
        txt = re.sub(r'`?METHODS\.md`?((?:\s|\*)*)(?:§|section )(\d+)((?:–§?\d+)?)',
                     lambda m: f'[methods{m.group(1)}§{m.group(2)}{m.group(3) or ""}]({rel}#{slugs[m.group(2)]})', txt)
        txt = re.sub(r"`?METHODS\.md`?", f'[methods]({rel})', txt)
    if txt != orig:
        open(f, 'w').write(txt); print(f)
