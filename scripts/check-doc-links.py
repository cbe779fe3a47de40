"""Check every relative link (file and #anchor) in the TypeDoc output (out/api by default)."""
import os, re, sys
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag

root = sys.argv[1] if len(sys.argv) > 1 else 'out/api'

class Page(HTMLParser):
    def __init__(self):
        super().__init__(); self.ids = set(); self.hrefs = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a: self.ids.add(a['id'])
        if tag == 'a' and 'name' in a: self.ids.add(a['name'])
        if tag == 'a' and a.get('href'): self.hrefs.append(a['href'])

pages = {}
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith('.html'):
            p = Page(); p.feed(open(os.path.join(d, f), encoding='utf-8').read()); pages[os.path.normpath(os.path.join(d, f))] = p

broken = []
for path, page in pages.items():
    for href in page.hrefs:
        if re.match(r'^[a-z]+:', href):
            if re.match(r'^https?://[A-Za-z-]+\.md\b', href): broken.append((path, href))
            continue
        target, frag = urldefrag(href)
        tpath = os.path.normpath(os.path.join(os.path.dirname(path), unquote(target))) if target else path
        if not os.path.exists(tpath): broken.append((path, href)); continue
        # TypeDoc adds in-page ids from script at runtime for members; only check pages we parsed
        if frag and tpath in pages and unquote(frag) not in pages[tpath].ids: broken.append((path, href))
for p, h in broken: print(f'{p}: {h}')
print(f'{len(pages)} pages, {len(broken)} broken links')
sys.exit(1 if broken else 0)
