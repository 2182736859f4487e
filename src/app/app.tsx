export function App() {
  return <main>有据</main>;
}
