import { msg } from '../../core/message.js';
import { loadProblemRule } from '../forward.js';

export default loadProblemRule('yaml/syntax', msg('The file is well-formed YAML.', 'File berupa YAML yang benar.'), 'error');
