import type { Lang } from './message.js';

/** The language to speak: asked for, else the locale (id_* → Indonesian), else English. */
export function detectLang(asked: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (asked === 'id' || asked === 'en') return asked;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^id([_.-]|$)/i.test(locale) ? 'id' : 'en';
}
