import { msg } from '../../core/message.js';
import { schemaRule } from '../forward.js';

export default schemaRule(
  'file/version',
  msg('A file says `cascade: 1`, the format version this tool reads.', 'File menyatakan `cascade: 1`, versi format yang dibaca alat ini.'),
  'error',
  'fix',
);
