import { useTranslation } from 'react-i18next';
import type { ResourceInventory } from '@/domain/resources';
import { EXTERNAL_RESOURCE_IDS, INTERNAL_RESOURCE_IDS } from '@/domain/resources';

/** The inventory as a short map: only the resources the group described. */
export function ResourceMap({ resources }: { resources: ResourceInventory }) {
  const { t } = useTranslation('workspace');
  const entries = [
    ...INTERNAL_RESOURCE_IDS.map((id) => ({ key: `internal-${id}`, label: t(`describe.resources.${id}.label`), text: resources.internal[id] })),
    ...EXTERNAL_RESOURCE_IDS.map((id) => ({ key: `external-${id}`, label: t(`describe.resources.${id}.label`), text: resources.external[id] })),
  ].filter((e) => e.text.trim() !== '');
  return (
    <div className="resource-map">
      <h4>{t('describe.resourceMap')}</h4>
      {entries.length === 0 ? (
        <p>{t('describe.resourceMapEmpty')}</p>
      ) : (
        <dl>
          {entries.map((e) => (
            <div key={e.key}>
              <dt>{e.label}</dt>
              <dd>{e.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
