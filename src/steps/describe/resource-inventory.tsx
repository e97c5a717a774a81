import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExternalResourceId, InternalResourceId, ResourceInventory as Inventory } from '@/domain/resources';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from '@/domain/resources';
import { TextField } from '@/components/text-field';
import { editResource } from '@/state/editor-actions';

const GROUPS = [
  { kind: 'internal', ids: INTERNAL_RESOURCE_IDS },
  { kind: 'external', ids: EXTERNAL_RESOURCE_IDS },
] as const;

function setNote(kind: 'internal' | 'external', id: InternalResourceId | ExternalResourceId, text: string): void {
  if (kind === 'internal') editResource(kind, id as InternalResourceId, text);
  else editResource(kind, id as ExternalResourceId, text);
}

/** The eleven resources of step 1, five internal and six external, each with a prompt and a note. */
function ResourceInventoryView({ resources }: { resources: Inventory }) {
  const { t } = useTranslation('workspace');
  return (
    <section aria-labelledby="inventory-title">
      <h3 id="inventory-title">{t('describe.inventoryTitle')}</h3>
      <p>{t('describe.inventoryIntro')}</p>
      <div className="inventory-columns">
        {GROUPS.map(({ kind, ids }) => (
          <fieldset key={kind} className="inventory">
            <legend>{t(`describe.${kind}`)}</legend>
            {ids.map((id) => (
              <TextField
                key={id}
                id={`resource-${id}`}
                multiline
                label={t(`describe.resources.${id}.label`)}
                hint={t(`describe.resources.${id}.prompt`)}
                value={(resources[kind] as Record<string, string>)[id] ?? ''}
                onChange={(text) => {
                  setNote(kind, id, text);
                }}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </section>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const ResourceInventory = memo(ResourceInventoryView);
