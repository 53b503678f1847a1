import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentsToCsv } from '@losi/indicators/csv';
import type { Assessment } from '@losi/indicators/structure';
import { fixture } from '../../../../test/fixture.js';
import { define } from '../../../internal/define.js';
import { LosiElement } from '../../../internal/losi-element.js';
import { DEFAULT_MAX_FILE_SIZE, FilesController, type ImportTexts } from './files-controller.js';

class FilesElement extends LosiElement {
  readonly files = new FilesController(this);
  protected override renderContent(): unknown {
    return '';
  }
}
define('losi-test-files', FilesElement);

const TEXTS: ImportTexts = {
  row: (row) => `R${row}`,
  rowColumn: (row, column) => `R${row}C${column}`,
  lineColumn: (line, column) => `L${line}C${column}`,
  csvCount: (count) => `${count} cities`,
  editionMismatch: (file, edition) => `${file} not ${edition}`,
  unreadableFile: 'unreadable',
  tooLarge: (size, limit) => `${size} > ${limit}`,
};

const ASSESSMENT: Assessment = { schemaVersion: 1, edition: '2024', city: { name: 'Tartu', country: 'EST' }, answers: { 'official-portal': 'yes' } };

afterEach(() => vi.restoreAllMocks());

describe('FilesController', () => {
  it('reads a JSON and a CSV file of one city', async () => {
    const element = await fixture<FilesElement>(html`<losi-test-files></losi-test-files>`);
    const json = await element.files.read(new File([JSON.stringify(ASSESSMENT)], 'a.json'), '2024', TEXTS);
    expect(json).toEqual({ assessment: ASSESSMENT });
    const csv = await element.files.read(new File([assessmentsToCsv([ASSESSMENT])], 'a.csv'), '2024', TEXTS);
    expect('assessment' in csv && csv.assessment.answers).toEqual(ASSESSMENT.answers);
    expect(element.files.outcome).toBeUndefined();
  });

  it('reports every problem with its place, and a file of another edition', async () => {
    const element = await fixture<FilesElement>(html`<losi-test-files></losi-test-files>`);
    const broken = await element.files.read(new File(['{\n "a": 1,\n}'], 'b.json'), '2024', TEXTS);
    expect('problems' in broken && broken.problems[0]!.where).toMatch(/^L3C/);
    expect(element.files.outcome?.kind).toBe('failed');
    const old = await element.files.read(new File([JSON.stringify({ ...ASSESSMENT, edition: '2022', answers: {} })], 'o.json'), '2024', TEXTS);
    expect(old).toEqual({ problems: [{ where: '', message: '2022 not 2024', english: false }] });
    const two = await element.files.read(new File([assessmentsToCsv([ASSESSMENT, ASSESSMENT])], 't.csv'), '2024', TEXTS);
    expect(two).toEqual({ problems: [{ where: '', message: '2 cities', english: false }] });
  });

  it('refuses a file over the limit from its size alone, before reading any of it', async () => {
    const element = await fixture<FilesElement>(html`<losi-test-files></losi-test-files>`);
    const text = vi.spyOn(Blob.prototype, 'text');
    const over = await element.files.read(new File([new Uint8Array(DEFAULT_MAX_FILE_SIZE + 1)], 'big.json'), '2024', TEXTS);
    expect(over).toEqual({ problems: [{ where: '', message: `${DEFAULT_MAX_FILE_SIZE + 1} > ${DEFAULT_MAX_FILE_SIZE}`, english: false }] });
    expect(element.files.outcome).toEqual({ kind: 'failed', file: 'big.json', problems: over && 'problems' in over ? over.problems : [] });
    expect(text).not.toHaveBeenCalled();
    const json = JSON.stringify(ASSESSMENT);
    expect(await element.files.read(new File([json], 'a.json'), '2024', TEXTS, json.length)).toEqual({ assessment: ASSESSMENT });
    expect(await element.files.read(new File([json], 'a.json'), '2024', TEXTS, json.length - 1)).toEqual({
      problems: [{ where: '', message: `${json.length} > ${json.length - 1}`, english: false }],
    });
  });

  it('offers JSON and CSV downloads named after the city', async () => {
    const element = await fixture<FilesElement>(html`<losi-test-files></losi-test-files>`);
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    element.files.exportJson(ASSESSMENT);
    await element.files.exportCsv(ASSESSMENT);
    expect(names).toEqual(['losi-2024-tartu.json', 'losi-2024-tartu.csv']);
  });
});
