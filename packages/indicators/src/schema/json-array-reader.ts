/**
 * Splits a JSON array that arrives in pieces into the text of each of its items, so a file of a million
 * assessments is read one item at a time: each item is then given to JSON.parse (and the duplicate-key check) on
 * its own. Only the array's own punctuation is read here (brackets, commas, strings, so that a comma inside a note
 * does not split); whether an item is valid JSON is JSON.parse's business. Iterative: deep nesting cannot overflow
 * the stack.
 */

/** One item of the array: its text and where it starts in the whole input (1-based line and column). */
export interface JsonArrayItem {
  readonly index: number;
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** What one `push` or `end` gave: the items completed so far, or the syntax error that stops the reading. */
export type JsonArrayStep =
  | { readonly ok: true; readonly items: JsonArrayItem[] }
  | { readonly ok: false; readonly items: JsonArrayItem[]; readonly line: number; readonly column: number; readonly message: string };

type State = 'before-array' | 'before-item' | 'in-item' | 'after-item' | 'after-array';

const SPACE = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Reads a top-level JSON array piece by piece (`push` each decoded piece, then `end`). The first character that is
 * not white space must be `[`: callers check that before choosing this reader (a single object is read whole).
 */
export class JsonArrayReader {
  #state: State = 'before-array';
  /** Nesting inside the current item: 0 between items. */
  #depth = 0;
  #inString = false;
  #escaped = false;
  #parts: string[] = [];
  #index = 0;
  #line = 1;
  #column = 1;
  #itemLine = 1;
  #itemColumn = 1;
  /** The previous piece ended on a CR: a LF that starts the next piece belongs to the same line break. */
  #pendingCr = false;
  /** Right after "[": a "]" here closes an empty array rather than following a comma. */
  #afterOpen = false;
  #failed: { line: number; column: number; message: string } | undefined;

  push(text: string): JsonArrayStep {
    const items: JsonArrayItem[] = [];
    if (this.#failed) return { ok: false, items, ...this.#failed };
    let itemStart = this.#state === 'in-item' ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const line = this.#line;
      const column = this.#column;
      // Line and column as editors count them: CRLF, CR and LF each end one line.
      if (code === 0x0a) {
        if (!this.#pendingCr) this.#line++;
        this.#column = 1;
        this.#pendingCr = false;
      } else if (code === 0x0d) {
        this.#line++;
        this.#column = 1;
        this.#pendingCr = true;
      } else {
        this.#column++;
        this.#pendingCr = false;
      }

      if (this.#state === 'in-item') {
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (code === 0x5c /* \ */) this.#escaped = true;
          else if (code === 0x22 /* " */) this.#inString = false;
          continue;
        }
        if (code === 0x22) this.#inString = true;
        else if (code === 0x7b /* { */ || code === 0x5b /* [ */) this.#depth++;
        else if ((code === 0x7d /* } */ || code === 0x5d /* ] */) && this.#depth > 0) this.#depth--;
        else if (this.#depth === 0 && (code === 0x2c /* , */ || code === 0x5d)) {
          this.#parts.push(text.slice(itemStart, i));
          items.push(this.#takeItem());
          itemStart = -1;
          this.#state = code === 0x2c ? 'before-item' : 'after-array';
        }
        continue;
      }
      if (SPACE(code)) continue;
      switch (this.#state) {
        case 'before-array':
          if (code !== 0x5b) return this.#fail(items, line, column, 'the text does not start with "[": expected an array of assessments.');
          this.#state = 'before-item';
          this.#afterOpen = true;
          break;
        case 'before-item':
          if (code === 0x5d && this.#afterOpen) {
            this.#state = 'after-array';
            break;
          }
          if (code === 0x2c || code === 0x5d) {
            return this.#fail(items, line, column, code === 0x2c ? 'a comma with no item before it: remove it.' : 'a comma before this "]": remove the comma after the last item.');
          }
          this.#afterOpen = false;
          this.#state = 'in-item';
          this.#itemLine = line;
          this.#itemColumn = column;
          itemStart = i;
          // This character opens the item: count it as the loop above would.
          if (code === 0x22) this.#inString = true;
          else if (code === 0x7b || code === 0x5b) this.#depth = 1;
          break;
        case 'after-array':
          return this.#fail(items, line, column, 'more text after the array\'s closing "]": a JSON file holds one value.');
        default:
          break;
      }
    }
    if (itemStart >= 0 && this.#state === 'in-item') this.#parts.push(text.slice(itemStart));
    return { ok: true, items };
  }

  /** Call once after the last piece: says whether the array was closed. */
  end(): JsonArrayStep {
    if (this.#failed) return { ok: false, items: [], ...this.#failed };
    if (this.#state === 'after-array') return { ok: true, items: [] };
    const message =
      this.#state === 'before-array'
        ? 'the text holds no JSON value.'
        : this.#inString
          ? 'a string is not closed before the end of the text.'
          : 'the array is not closed: the text ends before its "]".';
    return this.#fail([], this.#line, this.#column, message);
  }

  #takeItem(): JsonArrayItem {
    const text = this.#parts.join('').trimEnd();
    this.#parts = [];
    this.#depth = 0;
    return { index: this.#index++, text, line: this.#itemLine, column: this.#itemColumn };
  }

  #fail(items: JsonArrayItem[], line: number, column: number, message: string): JsonArrayStep {
    this.#failed = { line, column, message };
    return { ok: false, items, line, column, message };
  }
}

/**
 * Moves a line and column found inside an item's text to the whole input's: the item starts at `item.line`,
 * `item.column`, so only positions on the item's first line shift sideways.
 */
export function locateInInput(item: Pick<JsonArrayItem, 'line' | 'column'>, line: number, column: number): { line: number; column: number } {
  return line === 1 ? { line: item.line, column: item.column + column - 1 } : { line: item.line + line - 1, column };
}
