import { msg } from '../../core/message.js';
import { loadProblemRule } from '../forward.js';

export default loadProblemRule(
  'yaml/duplicate-key',
  msg('No key appears twice in one mapping.', 'Tidak ada kunci yang muncul dua kali dalam satu mapping.'),
  'error',
  false,
);
