/** A user-facing text in both languages the tool speaks; formatters pick one. */
export interface Msg {
  readonly en: string;
  readonly id: string;
}

export type Lang = 'en' | 'id';

export function msg(en: string, id: string): Msg {
  return { en, id };
}

export function say(m: Msg, lang: Lang): string {
  return lang === 'id' ? m.id : m.en;
}

/** Upper-cases the first letter: level names start sentences in Indonesian messages too. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
