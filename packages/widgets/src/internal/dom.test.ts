import { describe, expect, it } from 'vitest';
import { htmlElement, problemElement, svgElement } from './dom.js';

describe('htmlElement and svgElement', () => {
  it('set the attributes given, leaving out undefined ones, and append children in order', () => {
    const element = htmlElement('span', { class: 'a', title: undefined, 'aria-level': 2 }, 'one ', htmlElement('b', {}, 'two'), false, '', ' three');
    expect(element.outerHTML).toBe('<span class="a" aria-level="2">one <b>two</b> three</span>');
  });

  it('append strings as text: markup in data never becomes elements', () => {
    const element = htmlElement('p', {}, '<img src=x onerror="alert(1)">');
    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  it('create SVG elements in the SVG namespace, with case-sensitive attributes kept', () => {
    const svg = svgElement('svg', { viewBox: '0 0 20 16' }, svgElement('rect', { width: 3.5 }));
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.firstElementChild?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 20 16');
    expect((svg as SVGSVGElement).viewBox.baseVal.width).toBe(20);
  });
});

describe('problemElement', () => {
  it('is an English alert naming the problem', () => {
    const element = problemElement('value must be a number from 0 to 1, got 2');
    expect(element.getAttribute('role')).toBe('alert');
    expect(element.getAttribute('part')).toBe('error');
    expect(element.lang).toBe('en');
    expect(element.textContent).toBe('LOSI widget error: value must be a number from 0 to 1, got 2');
  });
});
