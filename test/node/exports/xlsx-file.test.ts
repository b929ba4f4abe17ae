import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { fen } from '../../../electron/common/domain/money';
import { columnName, xmlText } from '../../../electron/common/exports/xlsx-parts';
import { count, date, money, text } from '../../../electron/common/exports/sheet';
import type { Sheet } from '../../../electron/common/exports/sheet';
import { xlsxBytes } from '../../../electron/node/exports/xlsx-file';
import { cellAt, readXlsx } from './xlsx-reader';

const AT = new Date(2026, 10, 20, 10, 0);

const sheet: Sheet = {
  name: '退款',
  columns: [
    { header: '顾客', width: 12 },
    { header: '金额', width: 10 },
    { header: '笔数', width: 8 },
    { header: '时间', width: 17 },
  ],
  rows: [
    [text('=HYPERLINK("http://x")'), money(fen(-1250)), count(3), date('2026-11-19 15:20')],
    [text(`<b>&"it's"</b>`), money(fen(12900)), null, null],
    [text('a\u0000b\u0007c\u001Fd\uFFFEe'), money(fen(5)), count(0), null],
  ],
};

describe('xlsx', () => {
  it('is a zip of well-formed Office Open XML parts', () => {
    const content = readXlsx(xlsxBytes(sheet, AT));
    expect(content.names[0]).toBe('[Content_Types].xml');
    expect(content.names).toEqual(
      expect.arrayContaining(['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']),
    );
    expect(content.names).not.toContain('xl/sharedStrings.xml');
    expect(content.sheetName).toBe('退款');
    expect(content.pane).toMatchObject({ ySplit: '1', topLeftCell: 'A2', state: 'frozen' });
    expect(content.cols).toBe(4);
  });

  it('writes a bold header and amounts with the 0.00 format', () => {
    const content = readXlsx(xlsxBytes(sheet, AT));
    const header = cellAt(content, 'A1');
    expect(header).toMatchObject({ t: 'inlineStr', text: '顾客' });
    expect(content.xfs[Number(header?.s)]?.fontId).toBe('1');
    const amount = cellAt(content, 'B2');
    expect(content.fmts[content.xfs[Number(amount?.s)]?.numFmtId ?? '']).toBe('0.00');
  });

  it('writes numbers as numeric cells without a type, negative ones too', () => {
    const content = readXlsx(xlsxBytes(sheet, AT));
    expect(cellAt(content, 'B2')).toMatchObject({ t: null, v: '-12.50' });
    expect(cellAt(content, 'B3')).toMatchObject({ t: null, v: '129.00' });
    expect(cellAt(content, 'C2')).toMatchObject({ t: null, v: '3' });
    expect(Number(cellAt(content, 'B4')?.v)).toBe(0.05);
  });

  it('keeps text as inline strings, never formulas, with XML escaping and invalid characters removed', () => {
    const content = readXlsx(xlsxBytes(sheet, AT));
    expect(content.formulas).toBe(0);
    expect(cellAt(content, 'A2')).toMatchObject({ t: 'inlineStr', text: '=HYPERLINK("http://x")', v: null });
    expect(cellAt(content, 'A3')).toMatchObject({ t: 'inlineStr', text: `<b>&"it's"</b>` });
    expect(cellAt(content, 'A4')).toMatchObject({ t: 'inlineStr', text: 'abcde' });
    expect(cellAt(content, 'D2')).toMatchObject({ t: 'inlineStr', text: '2026-11-19 15:20' });
    const raw = new TextDecoder().decode(unzipSync(xlsxBytes(sheet, AT))['xl/worksheets/sheet1.xml']);
    expect(raw).not.toMatch(/<f[ >]/u);
    expect(xmlText(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });

  it('names columns past Z', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('holds 50,000 rows', { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [text(`客户${i}`), money(fen(i)), count(i), date('2026-11-19 15:20')]);
    const content = readXlsx(xlsxBytes({ ...sheet, rows }, AT));
    expect(content.cells).toHaveLength(4 * 50_001);
    expect(cellAt(content, 'B50001')).toMatchObject({ t: null, v: '499.99' });
  });
});
