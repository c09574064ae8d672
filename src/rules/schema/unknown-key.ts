import { msg } from '../../core/message.js';
import { schemaRule } from '../forward.js';

export default schemaRule(
  'schema/unknown-key',
  msg('Every key is one the format knows (with a did-you-mean).', 'Setiap kunci dikenal oleh format (dengan saran ejaan).'),
  'error',
  'fix',
);
