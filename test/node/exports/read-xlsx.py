# Reads an .xlsx the way a strict consumer would: every part must be well-formed XML (xml.etree refuses anything
# else). Prints JSON: the part names, whether any <f> exists, the frozen pane, and every cell of sheet1.
import json, sys, zipfile
import xml.etree.ElementTree as ET

NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
with zipfile.ZipFile(sys.argv[1]) as z:
    names = z.namelist()
    roots = {name: ET.fromstring(z.read(name)) for name in names if name.endswith('.xml') or name.endswith('.rels')}
sheet = roots['xl/worksheets/sheet1.xml']
cells = []
for c in sheet.iter(NS + 'c'):
    v = c.find(NS + 'v')
    t = c.find(NS + 'is/' + NS + 't')
    cells.append({'r': c.get('r'), 't': c.get('t'), 's': c.get('s'), 'v': None if v is None else v.text,
                  'text': None if t is None else (t.text or '')})
pane = sheet.find('.//' + NS + 'pane')
styles = roots['xl/styles.xml']
fmts = {f.get('numFmtId'): f.get('formatCode') for f in styles.iter(NS + 'numFmt')}
xfs = [{'numFmtId': x.get('numFmtId'), 'fontId': x.get('fontId')} for x in styles.find(NS + 'cellXfs')]
print(json.dumps({
    'names': names,
    'formulas': sum(1 for root in roots.values() for _ in root.iter(NS + 'f')),
    'pane': None if pane is None else pane.attrib,
    'cols': len(list(sheet.iter(NS + 'col'))),
    'sheetName': roots['xl/workbook.xml'].find('.//' + NS + 'sheet').get('name'),
    'fmts': fmts,
    'xfs': xfs,
    'cells': cells,
}, ensure_ascii=False))
