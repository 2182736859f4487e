// Temporary stand-in until src/features/my-data lands (data engineer, same issue).
export function MyDataScreen() {
  return null;
}
