import { msg } from '../../core/message.js';
import { schemaRule } from '../forward.js';

export default schemaRule(
  'schema/required',
  msg('Keys a node needs (id, nama, opd of a sasaran_opd, …) are present.', 'Kunci yang wajib (id, nama, opd pada sasaran_opd, …) ada.'),
  'error',
  false,
);
