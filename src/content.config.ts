import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { errorProseSchema, problemProseSchema, providerProseSchema, statusProseSchema } from './prose/schema.ts';
import en from './content/i18n/en.json';

/** Every key of en.json is required in every language file, so a missing translation fails the build. */
const siteStrings = z.object(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<keyof typeof en, z.ZodString>,
);

/**
 * The reference's sentences, one Markdown file per catalog key and language, under the top-level
 * `content/` folder. Ids are `<locale>/<key>` (`zh-cn/deepseek-402`); src/lib/prose.ts reads them.
 */
const prose = (folder: string) => glob({ pattern: '{en,zh-cn}/*.md', base: `./content/${folder}` });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }) }),
  errors: defineCollection({ loader: prose('errors'), schema: errorProseSchema }),
  statuses: defineCollection({ loader: prose('statuses'), schema: statusProseSchema }),
  providers: defineCollection({ loader: prose('providers'), schema: providerProseSchema }),
  problems: defineCollection({ loader: prose('problems'), schema: problemProseSchema }),
};
