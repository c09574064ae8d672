// Plain text broken into lines of a width: chart boxes and terminal cells share it.

/** Control characters and line breaks become spaces; runs of space become one. */
export function cleanText(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Greedy word wrap to `width` characters; a word longer than a line is cut. */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineLength = 0; // in code points, as `width` is
  for (const word of cleanText(s).split(' ')) {
    if (!word) continue;
    let chars = [...word];
    if (chars.length > width) {
      // Cut in one pass over the word's code points: a megabyte without a space stays linear.
      if (line) lines.push(line);
      let at = 0;
      for (; at + width < chars.length; at += width) lines.push(chars.slice(at, at + width).join(''));
      chars = chars.slice(at);
      line = chars.join('');
      lineLength = chars.length;
      continue;
    }
    if (!line) {
      line = word;
      lineLength = chars.length;
    } else if (lineLength + 1 + chars.length <= width) {
      line += ` ${word}`;
      lineLength += 1 + chars.length;
    } else {
      lines.push(line);
      line = word;
      lineLength = chars.length;
    }
  }
  if (line) lines.push(line);
  return lines;
}
