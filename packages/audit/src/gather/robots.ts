/** The robots artifact: the portal's robots.txt as fetched, its sitemaps, and what the crawl left alone because of it. */
import type { RobotsArtifact } from '../artifacts/types.js';
import type { Session } from '../net/session.js';

export async function gatherRobots(session: Session, homeUrl: string): Promise<RobotsArtifact> {
  const rules = await session.robotsFor(homeUrl);
  return {
    url: rules.url,
    httpStatus: rules.fetch.status,
    body: rules.body,
    sitemaps: rules.sitemaps,
    // Filled as the crawl goes on: the array is the session's, read when the artifacts are assembled.
    disallowedSeen: session.disallowedSeen,
  };
}
