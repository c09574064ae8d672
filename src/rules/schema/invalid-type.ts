import { msg } from '../../core/message.js';
import { schemaRule } from '../forward.js';

export default schemaRule(
  'schema/invalid-type',
  msg('Every value has the type and form its key expects.', 'Setiap nilai memiliki tipe dan bentuk yang diharapkan kuncinya.'),
  'error',
  false,
);
