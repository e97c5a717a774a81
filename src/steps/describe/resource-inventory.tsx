import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceInventory as Inventory } from '@/domain/resources';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from '@/domain/resources';
import { TextField } from '@/components/text-field';
import { editResource } from '@/state/editor-actions';

/** The eleven resources of step 1, five internal and six external, each with a prompt and a note. */
function ResourceInventoryView({ resources }: { resources: Inventory }) {
  const { t } = useTranslation('workspace');
  return (
    <section aria-labelledby="inventory-title">
      <h3 id="inventory-title">{t('describe.inventoryTitle')}</h3>
      <p>{t('describe.inventoryIntro')}</p>
      <div className="inventory-columns">
        <fieldset className="inventory">
          <legend>{t('describe.internal')}</legend>
          {INTERNAL_RESOURCE_IDS.map((id) => (
            <TextField
              key={id}
              id={`resource-${id}`}
              multiline
              label={t(`describe.resources.${id}.label`)}
              hint={t(`describe.resources.${id}.prompt`)}
              value={resources.internal[id]}
              onChange={(text) => {
                editResource('internal', id, text);
              }}
            />
          ))}
        </fieldset>
        <fieldset className="inventory">
          <legend>{t('describe.external')}</legend>
          {EXTERNAL_RESOURCE_IDS.map((id) => (
            <TextField
              key={id}
              id={`resource-${id}`}
              multiline
              label={t(`describe.resources.${id}.label`)}
              hint={t(`describe.resources.${id}.prompt`)}
              value={resources.external[id]}
              onChange={(text) => {
                editResource('external', id, text);
              }}
            />
          ))}
        </fieldset>
      </div>
    </section>
  );
}

/** Re-renders only when its own data changes, so typing elsewhere in the step stays fast. */
export const ResourceInventory = memo(ResourceInventoryView);
