import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { LANGUAGES, LANGUAGE_DIRECTION, LANGUAGE_NAMES, resolveLanguage } from '@losi/indicators/labels';
import manifest from '@losi/widgets/custom-elements.json';
import { AXE_TAGS, declarationOf, STORY_THEMES, type StoryTheme } from '../src/fixtures/index.js';
import './preview.css';

// Controls and autodocs (attributes, properties, events, slots, parts, CSS properties) come from the manifest
// the widgets build generates, so the documentation cannot drift from the components' JSDoc.
setCustomElementsManifest(manifest);

/** Elements whose `theme` the frame set (so a story's own `theme` attribute, e.g. an invalid one, is kept). */
const themedByFrame = new WeakSet<Element>();

function applyTheme(frame: Element, theme: StoryTheme): void {
  for (const element of frame.querySelectorAll('*')) {
    if (!element.localName.startsWith('losi-')) continue;
    if (element.hasAttribute('theme') && !themedByFrame.has(element)) continue;
    themedByFrame.add(element);
    if (element.getAttribute('theme') !== theme) element.setAttribute('theme', theme);
  }
}

const observers = new WeakMap<Element, MutationObserver>();

/**
 * Wraps every story in a frame carrying the toolbar's language (`lang`, `dir`) and theme. The LOSI elements
 * inherit the language from the frame, as they would from a page; the theme is set as each element's `theme`
 * attribute (the documented API), also on elements a `play` function adds later.
 */
const withFrame: Decorator = (story, context) => {
  const language = resolveLanguage(String(context.globals['lang'] ?? 'en'));
  const theme: StoryTheme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  const attach = (frame: Element | undefined): void => {
    if (!frame) return;
    observers.get(frame)?.disconnect();
    const observer = new MutationObserver(() => applyTheme(frame, theme));
    observer.observe(frame, { childList: true, subtree: true });
    observers.set(frame, observer);
    applyTheme(frame, theme);
  };
  return html`<div class="losi-story" data-theme=${theme} lang=${language} dir=${LANGUAGE_DIRECTION[language]} ${ref(attach)}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withFrame],
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the widgets (set as `lang` and `dir` on the story frame)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((language) => ({ value: language, title: LANGUAGE_NAMES[language], right: language })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme of the widgets (their `theme` attribute) and of the frame',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: STORY_THEMES.map((theme) => ({ value: theme, title: theme === 'dark' ? 'Dark' : 'Light' })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: {
      // Violations fail the story's test (vitest, `pnpm test`), not only the panel.
      test: 'error',
      options: { runOnly: { type: 'tag', values: [...AXE_TAGS] } },
    },
  },
  // A story of a component the manifest does not describe would have neither controls nor docs: fail loudly.
  beforeEach: ({ component, title }) => {
    if (typeof component === 'string' && declarationOf(manifest, component) === undefined) {
      throw new Error(`${title}: <${component}> is not in @losi/widgets/custom-elements.json (no tagName), so it has no controls or docs`);
    }
  },
};

export default preview;
