// Temporary stand-ins until src/features/debts and src/features/my-data land (data engineer, same issue).
export function DebtsScreen() {
  return null;
}

export function MyDataScreen() {
  return null;
}
