import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import { LEVEL_IDS } from '@losi/indicators/labels';
import { levelBars, levelShapeElement } from './level-shape.js';
import { levelShape } from './level-shape-template.js';

/** An element tree as data: tag, attributes in name order, child elements (Lit's markers and whitespace left out). */
function tree(element: Element): unknown {
  return {
    tag: element.localName,
    attributes: [...element.attributes].map(({ name, value }) => `${name}=${value}`).sort(),
    children: [...element.children].map(tree),
  };
}

describe('level shape', () => {
  it('fills as many of the four bars as the level ranks: Very High 4, High 3, Middle 2, Low 1', () => {
    expect(LEVEL_IDS.map((level) => levelBars(level).filter((bar) => bar.filled).length)).toEqual([4, 3, 2, 1]);
  });

  it('renders the same SVG as a Lit template and as DOM nodes', () => {
    for (const level of LEVEL_IDS) {
      const container = document.createElement('div');
      render(levelShape(level), container);
      const fromTemplate = container.querySelector('svg')!;
      const fromDom = levelShapeElement(level);
      expect(fromTemplate.getAttribute('viewBox')).toBe('0 0 20 16');
      expect(tree(fromTemplate), level).toEqual(tree(fromDom));
    }
  });
});
