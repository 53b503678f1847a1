import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { storyViteConfig } from './vite.stories.js';

/**
 * The widgets' documentation site. Stories live next to each component in `packages/widgets` and run on the
 * widgets' TypeScript sources (export condition `@losi/source`), so the stories' tests need no widget build.
 */
const config: StorybookConfig = {
  stories: ['../../../packages/widgets/src/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig, { configType }) =>
    mergeConfig(viteConfig, {
      ...storyViteConfig,
      // Storybook's own manager and docs chunks are about 1 MB; only a LOSI chunk that large would be news.
      ...(configType === 'PRODUCTION' ? { build: { chunkSizeWarningLimit: 1200 } } : {}),
    }),
};

export default config;
