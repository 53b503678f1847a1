/** live-chat-with-staff (#270a): live chat with staff. Candidates for review (never pass or fail). */
import { CHAT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const liveChatWithStaff = termCheck({
  id: 'live-chat-with-staff',
  indicator: 'live-chat-with-staff',
  code: '#270a',
  class: 'structural',
  concepts: ['chat'],
  platform: CHAT_PLATFORMS,
  landmarks: ['chat'],
  what: 'live chat with staff',
  looksAt: 'chat links, chat widget elements and known live-chat services (tawk.to, LiveChat, Zendesk, JivoChat, ...)',
});
