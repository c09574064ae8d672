import { msg } from '../../core/message.js';
import { loadProblemRule } from '../forward.js';

export default loadProblemRule(
  'file/unreadable',
  msg(
    "Every plan file can be read: permitted, named in UTF-8, of a plan file's size.",
    'Setiap file rencana dapat dibaca: diizinkan, bernama UTF-8, berukuran wajar.',
  ),
  'error',
  false,
);
