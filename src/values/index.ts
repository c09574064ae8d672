// Quantities written in Indonesian style: the public API of the values module.
export { type Reading, type Failure, ok, fail } from './reading.js';
export { type Quantity, type Range, readNumber, readRange, yamlNumberHint } from './number.js';
export { type TargetValue, type TargetOptions, readTargetValue, unitAgrees, isNoData } from './target.js';
export { normalizeUnit } from './unit.js';
export { type RupiahFormat, readMoney, formatRupiah, sumRupiah } from './money.js';
export { type DurationOptions, readDuration, formatDuration } from './duration.js';
export { type NumberFormat, formatNumber, formatQuantity, formatTargetValue } from './format.js';
export { readYear } from './year.js';
export { isIsoDate } from './date.js';
export { KNOWN_SKALA, knownSkala } from './predikat.js';
