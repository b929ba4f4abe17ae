import { describe, expect, it } from 'vitest';
import { parseScheduleFile } from '../../electron/common/calendar/year-schedule';
import { DomainError } from '../../electron/common/domain/errors';
import { errorMessage } from '../../renderer/i18n/error-message';
import { testI18n } from './support';

function refusal(text: string): DomainError {
  try {
    parseScheduleFile(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('The file was accepted.');
}

describe('a refused holiday file', () => {
  it('is explained in both languages, with the expected format', () => {
    const wire = refusal('{').toWire();
    const zh = errorMessage(testI18n('zh-CN'), wire);
    const en = errorMessage(testI18n('en'), wire);
    expect(zh).toContain('节假日文件');
    expect(zh).toContain('YYYY-MM-DD');
    expect(en).toContain('holiday file');
  });

  it.each([
    ['calendar_file_wrong_year', JSON.stringify({ year: 2027, holidays: ['2026-10-01'], workdays: [] }), '不属于'],
    ['calendar_file_conflict', JSON.stringify({ year: 2027, holidays: ['2027-10-01'], workdays: ['2027-10-01'] }), '既是放假日又是补班日'],
  ])('%s has its own words', (code, text, words) => {
    const wire = refusal(text).toWire();
    expect(wire.code).toBe(code);
    expect(errorMessage(testI18n('zh-CN'), wire)).toContain(words);
    expect(errorMessage(testI18n('en'), wire)).not.toContain('errors.');
  });
});
