/**
 * @losi/widgets/react: React components wrapping the LOSI elements (`@lit/react`). Importing this entry
 * registers the elements. Properties such as `result` are passed as React props.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LosiErrorDetail } from '../internal/losi-element.js';
import { LosiBadge as LosiBadgeElement } from '../components/badge/losi-badge.js';

/** `<losi-badge>` as a React component. */
export const LosiBadge = createComponent({
  react: React,
  tagName: 'losi-badge',
  elementClass: LosiBadgeElement,
  events: { onLosiError: 'losi-error' as EventName<CustomEvent<LosiErrorDetail>> },
});
