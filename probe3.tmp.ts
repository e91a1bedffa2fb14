import { MESSAGES as DE } from './src/locale/de/messages';
import { MESSAGES as FR } from './src/locale/fr/messages';
import { MESSAGE_SAMPLES } from './test/message-samples';
const tag = process.argv[2];
const cat: any = tag === 'de' ? DE : FR;
const rows: [number, string, string][] = [];
for (const code of Object.keys(MESSAGE_SAMPLES)) {
  const p = (MESSAGE_SAMPLES as any)[code][0];
  const w = cat[code](p, { tag, region: tag === 'de' ? 'DE' : 'FR', timeZone: 'Europe/Berlin' });
  rows.push([w.message.length, code, w.message]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, 40)) console.log(r[0], r[1], '|', r[2]);
