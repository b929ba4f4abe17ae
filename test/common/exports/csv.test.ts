import { describe, expect, it } from 'vitest';
import { fen } from '../../../electron/common/domain/money';
import { BOM, csvCell, neutraliseText, toCsv } from '../../../electron/common/exports/csv';
import { count, money, text, yuanNumber } from '../../../electron/common/exports/sheet';
import type { Sheet } from '../../../electron/common/exports/sheet';

const sheetOf = (rows: Sheet['rows']): Sheet => ({ name: 't', columns: [{ header: '名称', width: 10 }, { header: '金额', width: 10 }], rows });

describe('CSV injection (OWASP, RELIABILITY §4)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('text %j becomes %j', (input, expected) => {
    expect(csvCell(text(input))).toBe(expected);
  });

  it('quotes a neutralised CR or LF start, since the cell holds a line break', () => {
    expect(csvCell(text('\r=1'))).toBe(`"'\r=1"`);
    expect(csvCell(text('\n=1'))).toBe(`"'\n=1"`);
  });

  it('leaves ordinary text alone, including a sign inside it', () => {
    expect(neutraliseText('张三 =1')).toBe('张三 =1');
    expect(neutraliseText('138-0013')).toBe('138-0013');
  });

  it('writes amounts and counts as numbers, negative ones too', () => {
    expect(csvCell(money(fen(-1250)))).toBe('-12.50');
    expect(csvCell(money(fen(5)))).toBe('0.05');
    expect(csvCell(money(fen(123456789)))).toBe('1234567.89');
    expect(csvCell(count(3))).toBe('3');
    expect(yuanNumber(fen(-5))).toBe('-0.05');
  });
});

describe('CSV format', () => {
  it('quotes commas, quotes and newlines per RFC 4180', () => {
    expect(csvCell(text('a,b'))).toBe('"a,b"');
    expect(csvCell(text('say "hi"'))).toBe('"say ""hi"""');
    expect(csvCell(text('line1\nline2'))).toBe('"line1\nline2"');
  });

  it('starts with a BOM, ends lines with CRLF, and leaves empty cells empty', () => {
    const csv = toCsv(sheetOf([[text('甲'), money(fen(100))], [null, money(fen(-200))]]));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称,金额\r\n甲,1.00\r\n,-2.00\r\n');
  });

  it('builds 50,000 rows without trouble', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [text(`=row${i}`), money(fen(i))]);
    const csv = toCsv(sheetOf(rows));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(50_002);
    expect(lines[50_000]).toBe("'=row49999,499.99");
  });
});
