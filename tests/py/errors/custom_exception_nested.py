class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return self.balance
def pay(account, bills):
    for b in bills:
        print("paid", b, "remaining", account.withdraw(b))
def month_end():
    acct = Account(100)
    pay(acct, [30, 50, 40])
month_end()
