import { msg } from '../../core/message.js';
import { loadProblemRule } from '../forward.js';

export default loadProblemRule('file/encoding', msg('Files are UTF-8 text.', 'File berupa teks UTF-8.'), 'error', false);
