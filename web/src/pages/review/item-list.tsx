import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Badge, Button, Collapse, List, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/index.tsx';
import { ITEM_TYPES, type ReviewItem, TYPE_COLORS } from './review-items.ts';

export interface ItemListProps {
  items: ReviewItem[];
  activeKey: string | null;
  onReveal: (item: ReviewItem) => void;
  onEdit: (item: ReviewItem) => void;
  onDelete: (item: ReviewItem) => void;
}

/** The recognised items grouped by type; a click reveals the item in the document. */
export function ItemList({ items, activeKey, onReveal, onEdit, onDelete }: ItemListProps) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    const row = activeKey ? el?.querySelector<HTMLElement>(`[data-key="${activeKey}"]`) : null;
    if (!el || !row) return;
    const top = row.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 40)
      el.scrollTo({ top: Math.max(0, top - el.clientHeight / 3), behavior: 'smooth' });
  }, [activeKey]);

  return (
    <div
      ref={root}
      data-testid="item-list"
      style={{ height: 'calc(100vh - 250px)', minHeight: 320, overflow: 'auto', padding: 8 }}
    >
      <Collapse
        size="small"
        defaultActiveKey={['indicator', 'commitment', 'project']}
        items={ITEM_TYPES.map((type) => {
          const ofType = items.filter((i) => i.type === type);
          return {
            key: type,
            label: (
              <Space>
                <span
                  style={{
                    display: 'inline-block',
                    width: 12,
                    height: 12,
                    background: TYPE_COLORS[type],
                    border: '1px solid #d9d9d9',
                  }}
                />
                {t(`type.${type}`)}
                <Badge count={ofType.length} showZero color="#8c8c8c" overflowCount={9999} />
              </Space>
            ),
            children: (
              <List
                size="small"
                dataSource={ofType}
                renderItem={(item) => (
                  <List.Item
                    data-key={item.key}
                    style={{
                      cursor: 'pointer',
                      background: item.key === activeKey ? '#e6f4ff' : undefined,
                      paddingInline: 8,
                    }}
                    onClick={() => onReveal(item)}
                    actions={[
                      <Button
                        key="edit"
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('review.edit')}
                        onClick={(e) => {
                          e.stopPropagation();
                          onEdit(item);
                        }}
                      />,
                      <Popconfirm
                        key="delete"
                        title={t('review.deleteConfirm')}
                        onConfirm={() => onDelete(item)}
                        onPopupClick={(e) => e.stopPropagation()}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('review.delete')}
                          onClick={(e) => e.stopPropagation()}
                        />
                      </Popconfirm>,
                    ]}
                  >
                    <Typography.Text ellipsis={{ tooltip: item.label }} style={{ maxWidth: '100%' }}>
                      {item.label}
                      {item.span === null && (
                        <Typography.Text type="secondary"> {t('review.noSpan')}</Typography.Text>
                      )}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ),
          };
        })}
      />
    </div>
  );
}
