export function Card({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 id={id} className="text-lg font-bold text-stone-900">
        {title}
      </h2>
      <div className="mt-3 text-stone-800">{children}</div>
    </section>
  );
}

export function DetailList({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="divide-y divide-stone-200">
      {items.map((item) => (
        <div key={item.label} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-semibold text-stone-600">{item.label}</dt>
          <dd className="break-words sm:col-span-2">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
