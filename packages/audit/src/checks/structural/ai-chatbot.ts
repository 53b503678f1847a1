/** ai-chatbot (#270b): an AI chatbot. Candidates for review (never pass or fail). */
import { CHATBOT_PLATFORMS } from '../lib/hosts.js';
import { termCheck } from '../lib/term-check.js';

export const aiChatbot = termCheck({
  id: 'ai-chatbot',
  indicator: 'ai-chatbot',
  code: '#270b',
  class: 'structural',
  concepts: ['chatbot'],
  platform: CHATBOT_PLATFORMS,
  landmarks: ['chat'],
  what: 'an AI chatbot',
  looksAt: 'chatbot and virtual-assistant links, chat widget elements and known chatbot services (Bot Framework, Dialogflow, watsonx, ...)',
});
