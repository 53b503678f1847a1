import type { ComplexAttributeConverter } from 'lit';

/** What an attribute held when it was not valid JSON; components turn it into their error state. */
export class InvalidJson {
  constructor(
    /** The attribute's name, for the error message. */
    readonly attribute: string,
    /** The parser's message. */
    readonly message: string,
  ) {}

  toString(): string {
    return `the ${this.attribute} attribute is not valid JSON (${this.message})`;
  }
}

/**
 * Converter for object properties that may also be given as a JSON attribute in plain HTML.
 * Lit's default converter throws on malformed JSON; this one returns an `InvalidJson` instead, so the component
 * can show its error state rather than break the page.
 */
export function jsonAttribute(attribute: string): ComplexAttributeConverter<unknown> {
  return {
    fromAttribute(value: string | null): unknown {
      if (value === null) return undefined;
      try {
        return JSON.parse(value) as unknown;
      } catch (error) {
        return new InvalidJson(attribute, error instanceof Error ? error.message : String(error));
      }
    },
  };
}
