import { diagnose } from './src/lib/diagnose.ts';
import { buildDiagnoseIndex } from './src/lib/diagnose-index.ts';
import { realIntlPastes } from './tests/fixtures/diagnose-real-intl.ts';
import { realCnPastes } from './tests/fixtures/diagnose-real-cn.ts';
const index = buildDiagnoseIndex();
const coarse = (v: string) => (v === 'retry-after-wait' ? 'retry' : v);
let n = 0, e = 0, v = 0, vc = 0, unk = 0;
for (const f of [...realIntlPastes, ...realCnPastes]) {
  const d = diagnose(f.input, index);
  n++;
  const eo = (d.best?.slug ?? null) === f.slug;
  const vo = d.verdict === f.verdict;
  const vco = coarse(d.verdict) === coarse(f.verdict!);
  if (eo) e++; if (vo) v++; if (vco) vc++; if (d.verdict === 'unknown') unk++;
  if (!eo || !vco) console.log(`${eo ? ' ' : 'E'}${vco ? ' ' : 'V'} ${f.name} | want ${f.slug} ${f.verdict} | got ${d.best?.slug ?? null} ${d.verdict} (${d.verdictReason}) layers=${d.layers.map((l) => l.id).join('>')}`);
}
console.log({ n, entry: e, verdict: v, verdictCoarse: vc, unknown: unk });
