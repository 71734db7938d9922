/**
 * The units compared, drawn on their uploaded shapes and coloured by status. Its own chunk (with the
 * map series of echarts), loaded only by a page whose units have shapes.
 */
import { MapChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { EChart, type ChartOption } from '@/components/charts/echart';
import type { BoundaryCollection } from '@/lib/api';
import { MAP_COLORS, type MapUnit } from './unit-map-status';

echarts.use([MapChart]);

/** echarts keeps maps by name: one name per set of shapes, so two pages never draw each other's. */
function mapName(features: BoundaryCollection['features']): string {
  const key = features.map((f) => `${f.properties.code}:${JSON.stringify(f.geometry.coordinates).length}`).join('|');
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (hash * 31 + key.charCodeAt(i)) | 0;
  return `units-${features.length}-${hash >>> 0}`;
}

/** Longitude degrees shrink towards the poles: scaled by the cosine of the latitude, squares stay square. */
function aspect(features: BoundaryCollection['features']): number {
  const first = features[0]?.geometry;
  const ring = (first?.type === 'MultiPolygon' ? first.coordinates[0]?.[0] : first?.coordinates[0]) as unknown as number[][] | undefined;
  const latitude = ring?.[0]?.[1] ?? 0;
  return Math.max(0.2, Math.cos((latitude * Math.PI) / 180));
}

export default function UnitsMap({ boundaries, units }: { boundaries: BoundaryCollection; units: readonly MapUnit[] }) {
  const option = useMemo<ChartOption>(() => {
    const byCode = new Map(units.map((u) => [u.code, u]));
    const features = boundaries.features.filter((f) => byCode.has(f.properties.code));
    const name = mapName(features);
    echarts.registerMap(name, { type: 'FeatureCollection', features } as unknown as Parameters<typeof echarts.registerMap>[1]);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const u = byCode.get(p.name);
          return u ? `${escape(u.name)}: <strong>${escape(u.text)}</strong>` : '';
        },
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          aspectScale: aspect(features),
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          selectedMode: false,
          label: { show: true, fontSize: 11, color: '#1b2733', formatter: (p: { name: string }) => byCode.get(p.name)?.name ?? '' },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          emphasis: { label: { show: true }, itemStyle: { borderColor: '#1b2733', borderWidth: 2 } },
          data: features.map((f) => {
            const u = byCode.get(f.properties.code)!;
            const color = MAP_COLORS[u.status];
            return {
              name: u.code,
              itemStyle: { areaColor: color },
              emphasis: { itemStyle: { areaColor: color } },
              label: { color: u.status === 'none' ? '#1b2733' : '#ffffff' },
            };
          }),
        },
      ],
    };
  }, [boundaries, units]);
  return <EChart option={option} className="units-map" style={{ height: 380 }} />;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
