/**
 * LiteLLM, as a library and as a proxy. It raises its own classes (`litellm.RateLimitError`,
 * `litellm.exceptions.InternalServerError`) with the provider in a prefix: "`<Provider>Exception -
 * <provider's message or body>`" (litellm/litellm_core_utils/exception_mapping_utils.py builds it
 * from the provider's name; some paths write `<Provider>Error -`). Its router has errors of its own:
 * "No deployments available for selected model, Try again in N seconds" when every deployment is
 * cooling down after failures (https://docs.litellm.ai/docs/routing), and budget limits.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';

/** LiteLLM's exception classes, which also end in Error but name no provider. */
const ownClasses =
  /^(?:RateLimit|InternalServer|APIConnection|APIError|BadRequest|Authentication|PermissionDenied|NotFound|ContextWindowExceeded|ContentPolicyViolation|ServiceUnavailable|BadGateway|UnprocessableEntity|Timeout|InsufficientQuota|API|Budget|JSONSchemaValidation|UnsupportedParams)$/;

export const litellm: LayerReader = {
  ids: ['litellm'],
  read(text, index) {
    const hit =
      find(text, /\blitellm\.(?:exceptions\.)?\w+(?:Error|Timeout)\b/) ??
      find(text, /\bLiteLLM\b|\blitellm\.(?:proxy|router)\b/) ??
      find(text, /No deployments available for selected model/);
    if (!hit) return null;
    const prefix = [...text.matchAll(/\b([A-Za-z][A-Za-z_]*?)(?:Exception|Error)\s+-\s/g)]
      .map((m) => m[1]!)
      .find((name) => !ownClasses.test(name));
    const cooldown = find(text, /No deployments available for selected model[^\n.]*(?:\.\s*Passed model=[^\s.]*)?/);
    const budget = find(text, /(?:Budget has been exceeded|ExceededBudget|budget_exceeded)[^\n]*/i);
    const own = cooldown ?? budget;
    return {
      kind: 'wrapper',
      id: 'litellm',
      name: 'LiteLLM',
      evidence: hit.match,
      at: hit.at,
      upstream: prefix ? { name: prefix, provider: providerFromName(prefix, index) } : undefined,
      ...(own
        ? {
            own: [own.match],
            failed: 'self' as const,
            note: cooldown ? ('own-cooldown' as const) : ('own-quota' as const),
            cls: cooldown ? ('rate-limit' as const) : ('billing' as const),
          }
        : {}),
    };
  },
};
